// What the page says of an event beyond "it happened": planned, hypothetical, denied, alleged,
// unconfirmed or background. Read from the event's modality and certainty (data, not guesses).
const BY_MODALITY = {
  future: "future", planned: "future",
  hypothetical: "hypothetical", conditional: "hypothetical", possible: "hypothetical", question: "hypothetical",
  negated: "negated",
  alleged: "alleged",
  background: "background",
};
const BY_CERTAINTY = { claimed: "alleged", unconfirmed: "unconfirmed", denied: "unconfirmed" };
export const MARKS = ["future", "hypothetical", "negated", "alleged", "unconfirmed", "background"];
const DID_NOT_HAPPEN = new Set(["future", "hypothetical", "negated"]);

export function marks(p) {
  const found = new Set();
  if (BY_MODALITY[p.modality]) found.add(BY_MODALITY[p.modality]);
  if (BY_CERTAINTY[p.certainty]) found.add(BY_CERTAINTY[p.certainty]);
  if (p.background) found.add("background");
  return MARKS.filter((mark) => found.has(mark));
}

// nature: "" (all), "occurred" (leaves out what did not or not yet happen) or one mark.
export function passes(p, nature) {
  if (!nature) return true;
  const found = marks(p);
  if (nature === "occurred") return !found.some((mark) => DID_NOT_HAPPEN.has(mark));
  return found.includes(nature);
}
