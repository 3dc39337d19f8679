// Reports benchmark: end-of-round report plus certificates for 200 and 2,000 tandems, from the
// click until the PDF bytes exist, rendered by the harness printer (page.pdf) in Debian's
// Chromium against the built renderer (`npx electron-vite build` first). Also the peak memory
// of Chromium while printing, sampled from /proc as PSS: the printing renderer process
// (`reports.print_peak_rss_mb`) and the whole process tree (`reports.print_tree_peak_pss_mb`).
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/harness/chromium';
import { openApp } from '../e2e/harness/launch-app';
import { ROUND_ID, seedReportRound } from '../fixtures/reports/report-round.fixture';

const print = (name: string, value: number, unit: string): void => {
  console.log(JSON.stringify({ name, value: Math.round(value * 100) / 100, unit }));
};

/**
 * Memory (MB) of a process and all its descendants, from /proc (Linux only): the proportional
 * set size (PSS) of each, so pages Chromium's processes share (binary, fonts, shared memory)
 * count once instead of once per process as a plain RSS sum would.
 */
function treeMemoryMb(root: number): { total: number; largest: number } {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const siblings = children.get(ppid) ?? [];
      siblings.push(Number(entry));
      children.set(ppid, siblings);
    } catch {
      // The process ended while we looked.
    }
  }
  let kb = 0;
  let largest = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() ?? 0;
    try {
      // smaps_rollup walks the page tables: read it only for the printing processes.
      const rollup = readFileSync(`/proc/${String(pid)}/smaps_rollup`, 'utf8');
      const pss = Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
      kb += pss;
      largest = Math.max(largest, pss);
    } catch {
      // Gone already.
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return { total: kb / 1024, largest: largest / 1024 };
}

/** CPU time (ms) used so far by a process tree plus this Node process (the core and harness). */
function cpuMs(root: number): number {
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const siblings = children.get(Number(fields[1])) ?? [];
      siblings.push(Number(entry));
      children.set(Number(fields[1]), siblings);
      // utime, stime, cutime, cstime (fields 14–17 of stat): the c* fields keep the time of
      // renderers that already exited (each printed page closes its renderer).
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]));
    } catch {
      // Gone.
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() ?? 0;
    total += ticks.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  const own = process.cpuUsage();
  // Kernel clock ticks are 100 Hz on Linux.
  return total * 10 + (own.user + own.system) / 1000;
}

async function main(): Promise<void> {
  const server = await chromium.launchServer({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS, headless: true });
  const browserPid = server.process().pid ?? 0;
  const browser = await chromium.connect(server.wsEndpoint());
  const peak = { total: 0, largest: 0 };
  const sample = (): void => {
    const now = treeMemoryMb(browserPid);
    peak.total = Math.max(peak.total, now.total);
    peak.largest = Math.max(peak.largest, now.largest);
  };
  const sampler = setInterval(sample, 200);
  try {
    for (const tandems of [200, 2000]) {
      const dataDirectory = await mkdtemp(join(tmpdir(), 'tandem-bench-reports-'));
      const app = await openApp(browser, { dataDirectory });
      try {
        await seedReportRound(app.core.context.repos(), tandems);
        const runs = tandems === 200 ? 3 : 1;
        const times: number[] = [];
        const cpu: number[] = [];
        for (let run = 0; run < runs; run += 1) {
          const report = join(dataDirectory, `report-${String(run)}.pdf`);
          const certificates = join(dataDirectory, `certificates-${String(run)}.pdf`);
          app.dialogs.saves.push(report, certificates);
          const start = performance.now();
          const cpuStart = cpuMs(browserPid);
          await app.core.handlers['reports:savePdf']({ kind: 'round', id: ROUND_ID, language: 'de' });
          await app.core.handlers['reports:savePdf']({ kind: 'certificates', id: ROUND_ID, language: 'de' });
          times.push(performance.now() - start);
          cpu.push(cpuMs(browserPid) - cpuStart);
          if ((await stat(report)).size < 10_000 || (await stat(certificates)).size < 10_000) {
            throw new Error('PDF missing or empty');
          }
        }
        const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
        print(`reports.round_${String(tandems)}_ms`, median(times), 'ms');
        // CPU time of Chromium and the core for the same work: on a busy machine (CI, other
        // jobs) wall time grows with the load, this does not.
        print(`reports.round_${String(tandems)}_cpu_ms`, median(cpu), 'ms');
      } finally {
        await app.close();
        await rm(dataDirectory, { recursive: true, force: true });
      }
    }
    sample();
    // The printing process: the renderer that lays out and paints the report (the largest).
    print('reports.print_peak_rss_mb', peak.largest, 'MB');
    // Everything Chromium runs in the harness, incl. the idle app page, browser and GPU process.
    print('reports.print_tree_peak_pss_mb', peak.total, 'MB');
  } finally {
    clearInterval(sampler);
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
