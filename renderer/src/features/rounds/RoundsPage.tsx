import { useState } from 'react';
import { RoundList } from './RoundList';
import { RoundView } from './RoundView';

/** Rounds: the list of rounds, or one round with its tabs. */
export function RoundsPage() {
  const [roundId, setRoundId] = useState<string | null>(null);
  return roundId === null ? (
    <RoundList onOpen={setRoundId} />
  ) : (
    <RoundView
      roundId={roundId}
      onBack={() => {
        setRoundId(null);
      }}
    />
  );
}
