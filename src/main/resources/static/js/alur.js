// Alur's only script besides htmx and Bootstrap: no build step, no CDN (everything is served from the app).

// CSRF: every htmx request carries the token of the page (meta tags written by templates/layout.html).
document.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// The server could not be reached: say so in the flash area instead of failing silently.
document.addEventListener('htmx:sendError', () => {
  const area = document.getElementById('flash-messages');
  const message = document.getElementById('htmx-network-error');
  if (area && message) {
    area.replaceChildren(message.content.cloneNode(true));
  }
});

// A form that came back with errors (422): move the keyboard focus to the first field in error. The swapped-out
// element no longer receives events, so the focus is set when the new content loads.
let focusFirstError = false;
document.addEventListener('htmx:beforeSwap', (event) => {
  focusFirstError = event.detail.xhr && event.detail.xhr.status === 422;
});
document.addEventListener('htmx:load', (event) => {
  if (focusFirstError) {
    const invalid = event.target.querySelector('.is-invalid') || document.querySelector('.is-invalid');
    if (invalid) {
      focusFirstError = false;
      invalid.focus();
    }
  }
});

// A boosted part of a page that selects itself from the answer (hx-select, the calendar pages): an error answer has no
// such part, it is the alert the server rendered for htmx (templates/error.html), so that alert is shown whole.
document.addEventListener('htmx:beforeSwap', (event) => {
  if (event.detail.isError && event.detail.elt && event.detail.elt.closest('[hx-boost][hx-select]')) {
    event.detail.selectOverride = '.error-alert';
  }
});
