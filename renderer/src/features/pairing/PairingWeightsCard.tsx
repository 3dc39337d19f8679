/** A card on the Settings page (empty until its feature lands). */
export function PairingWeightsCard() {
  return null;
}
