export const ROLES = ['admin', 'coordinator', 'clinician'] as const;
export type Role = (typeof ROLES)[number];

export const DISCIPLINES = [
  'medical_oncology',
  'surgery',
  'interventional_radiology',
  'radiation_oncology',
  'radiology',
  'pathology',
  'hepatology',
  'gastroenterology',
  'nursing',
  'other',
] as const;
export type Discipline = (typeof DISCIPLINES)[number];
