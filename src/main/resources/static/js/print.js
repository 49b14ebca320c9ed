// The print view's button: shown only when scripts run, since printing needs them.
(function () {
  'use strict';
  var button = document.querySelector('[data-print]');
  if (button && window.print) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  }
})();
