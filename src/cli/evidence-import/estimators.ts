/**
 * Estimator names harmonised where the evidence spelled one estimator two ways for the same estimate
 * (the same figures, years and country, reported by two publications). Without this, the Compare view
 * would show one estimate as two independent ones. Every other estimator stays as the evidence has it.
 */
export const estimatorRenames: Readonly<Record<string, string>> = {
  // Yomiuri Shimbun's 2025 report on Dandong and Hunchun, read in Yomiuri itself and in Asia Economy.
  'cn-yomiuri-2025-dandong-500':
    'Sources on China–North Korea relations, quoted by Yomiuri Shimbun',
  'cn-yomiuri-2025-dandong-500-primary':
    'Sources on China–North Korea relations, quoted by Yomiuri Shimbun',
  'cn-yomiuri-2025-hunchun-3000':
    'Sources on China–North Korea relations, quoted by Yomiuri Shimbun',
  'cn-yomiuri-2025-hunchun-3000-primary':
    'Sources on China–North Korea relations, quoted by Yomiuri Shimbun',
  // The MSMT's second report (22 October 2025), read in two fact-check pages.
  'ru-msmt-2025-40000-planned':
    'Multilateral Sanctions Monitoring Team (MSMT), 2nd report (2025-10-22), as summarised by the U.S. State Department',
  'ru-msmt-2025-plan-40000':
    'Multilateral Sanctions Monitoring Team (MSMT), 2nd report (2025-10-22), as summarised by the U.S. State Department',
};
