import { PairingPanel } from '../pairing/PairingPanel';

/** The "Pairing" tab of a round: the pairing area's panel for this round. */
export function PairingTab({ roundId }: { roundId: string }) {
  return <PairingPanel roundId={roundId} />;
}
