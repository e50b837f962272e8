/** Claim and source ids the question sets share, by what they answer. */

export const CHINA_TOLLS = ['menafn-putin-china-toll-37m', 'pw-china-toll-15-20m'];
export const SOVIET_TOLLS = ['menafn-putin-soviet-toll-27m', 'pw-soviet-toll-27m', 'preview-soviet-toll-27m'];
export const XI_IN_MOSCOW = ['menafn-xi-strategic-bond', 'menafn-xi-enormous-losses', 'jointstmt-xi-unswervingly-deepen'];
export const XI_IN_BEIJING = ['pw-xi-major-victor-states', 'pw-xi-safeguarding-historic-truth'];
export const XI_IN_2020 = ['wwii75-xi-safeguard-victory', 'wwii75-xi-sacrifices-and-contributions', 'wwii75-xi-deeper-strategic-coordination', 'wwii75-xi-unsc-permanent-members', 'wwii75-xi-multilateralism'];
export const PUTIN_IN_BEIJING = ['pw-putin-pla-usual-brilliance', 'pw-putin-ancestors-huge-price'];
export const PUTIN_SACRIFICES = ['menafn-putin-sacrifices-never-forgotten', 'pw-putin-ancestors-huge-price', 'wwii75-putin-most-painful-tragedy'];
export const ANNIVERSARY_80 = ['menafn-victory-80th-anniversary', 'preview-victory-80th-anniversary'];
export const LEADERS_COUNT = 'menafn-leaders-attending-over-two-dozen';
export const OTHER_LEADERS = 'preview-brazil-serbia-slovakia-leaders';
export const TALKS_7H = 'jointstmt-talks-more-than-seven-hours';
export const TROOPS_2020 = 'wwii75-parade-14000-troops';
export const RESCHEDULED_2020 = 'wwii75-celebrations-rescheduled-covid';
export const PUTIN_CEASEFIRE = 'preview-putin-ceasefire-may-8-10';
export const ZELENSKIY_TRUCE = 'preview-zelenskiy-30-day-truce';
export const SOURCES = {
  menafn: 'menafn-putin-xi-wwii-victims',
  purewilayah: 'purewilayah-putin-xi-wwii-legacy',
  messages2020: 'xi-putin-wwii-75th-messages',
  jointStatement: 'putin-xi-moscow-joint-statement',
  preview: 'xi-moscow-victory-day-preview',
} as const;
export const PUTIN_IN_2020 = ['wwii75-putin-most-painful-tragedy', 'wwii75-putin-comrades-in-arms', 'wwii75-putin-prevent-war'];
