// Casework's page behaviour that HTML alone cannot give: the receipt's print button (no inline script: CSP).
document.addEventListener('click', (event) => {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});
