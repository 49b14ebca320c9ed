// Some blocks sit open on a wide screen and behind a button on a phone, so that a phone
// shows what matters first: the search filters, the less-used metadata of a report. They
// are marked data-open-wide. Without this script they stay closed everywhere, which still
// works: the button opens them. On paper everything is shown.
(function () {
  function openAll() {
    document.querySelectorAll('details[data-open-wide]').forEach(function (details) {
      details.open = true;
    });
  }
  if (window.matchMedia('(min-width: 40.01rem)').matches) {
    openAll();
  }
  window.addEventListener('beforeprint', openAll);
})();
