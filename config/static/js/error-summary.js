// After a failed submit: focus the list of errors (so a phone shows it and a screen reader reads it),
// and make each of its links bring the whole question into view (label, message, input), then focus
// the input. Without JavaScript the summary is still the first thing in <main> and the links still work.
document.addEventListener("DOMContentLoaded", () => {
    const summary = document.querySelector(".error-summary");
    if (!summary) {
        return;
    }
    summary.focus();
    summary.addEventListener("click", (event) => {
        const link = event.target.closest("a[href^='#']");
        const question = link && document.getElementById(link.getAttribute("href").slice(1));
        if (!question) {
            return;
        }
        event.preventDefault();
        question.scrollIntoView({ block: "start" });
        const input = question.querySelector("input:not([type=hidden]), select, textarea");
        if (input) {
            input.focus({ preventScroll: true });
        }
        history.replaceState(null, "", link.getAttribute("href"));
    });
});
