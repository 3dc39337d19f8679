/** A card on the Settings page (empty until its feature lands). */
export function DataRetentionCard() {
  return null;
}
