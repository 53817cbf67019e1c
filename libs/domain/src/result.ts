// The one shape of the libraries' answers to "may this happen?": `{ ok: true }` or a refusal with a
// stable code (the API's `error` code), a message for people and, per code, the data the API puts in
// `details`. Expected refusals are answered, never thrown; a throw means the caller broke a contract
// (an invalid date, a negative duration).
export interface Refusal<C extends string> {
  ok: false;
  code: C;
  message: string;
}

export interface Allowed {
  ok: true;
}
