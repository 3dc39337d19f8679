// Pairing pipeline benchmark: org chart of 10× as many employees, a dozen topics,
// 3 languages; times proposeTandems end to end (chains, constraints, scores, solve).
import { proposeTandems } from '../../shared/domain/pairing';
import { generateOrganisation } from '../shared/pairing/org-generator';

const print = (name: string, value: number, unit: string): void => {
  console.log(JSON.stringify({ name, value: Math.round(value * 10) / 10, unit }));
};

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

const time = (size: number, runs: number): number => {
  const input = generateOrganisation({ mentors: size, mentees: size, employeesPerParticipant: 10, topics: 12, seed: size });
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    globalThis.gc?.();
    const start = performance.now();
    const result = proposeTandems(input);
    times.push(performance.now() - start);
    if (result.tandems.length < size * 0.9) {
      throw new Error(`unexpectedly few tandems for ${size}: ${result.tandems.length}`);
    }
  }
  return median(times);
};

time(200, 3); // warm up the JIT
print('pairing.propose_500_ms', time(500, 7), 'ms');
print('pairing.propose_2000_ms', time(2000, 3), 'ms');
print('pairing.peak_rss_2000_mb', process.resourceUsage().maxRSS / 1024, 'MB');
