// Must NOT type-check: it reads a field the `aimc:complete` detail does not have (the report's
// level is `scores.level`). tests/package/package.test.mjs expects tsc to fail naming it.
import "ai-maturity-check";

document.addEventListener("aimc:complete", (event) => {
  console.log(event.detail.scores.maturity_level);
});
