// lint-as: shared/export/probe.ts
// expect: pass such values in
export const width = window.innerWidth;
