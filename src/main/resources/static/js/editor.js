// Progressive enhancement for the part editor: periodic autosave of the open part and a
// warning before leaving with unsaved changes. The form works the same without this file.
(function () {
  'use strict';
  var form = document.querySelector('form[data-autosave]');
  if (!form || !window.fetch || !window.FormData) {
    return;
  }
  var status = document.getElementById('autosave-status');
  var version = form.querySelector('input[name="version"]');
  var interval = Number(form.getAttribute('data-autosave-interval')) || 30000;

  function serialize() {
    return new URLSearchParams(new FormData(form)).toString();
  }

  // The text as last saved (or as loaded); the version field is excluded so a saved
  // version change alone does not count as an edit.
  function content() {
    var data = new FormData(form);
    data.delete('version');
    data.delete('_csrf');
    return new URLSearchParams(data).toString();
  }

  var savedContent = content();
  var saving = false;
  var stopped = false;

  function dirty() {
    return content() !== savedContent;
  }

  function show(text) {
    if (status) {
      status.textContent = text;
    }
  }

  form.addEventListener('input', function () {
    if (dirty()) {
      show(status.getAttribute('data-unsaved'));
    }
  });

  window.addEventListener('beforeunload', function (event) {
    if (dirty()) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  // An explicit save sent while an autosave is still on its way would carry the version the
  // autosave is about to replace, and the server would call the clerk's own autosave a
  // conflicting edit. So saving stops autosave, waits for the one in flight (its answer
  // brings the new version), and only then sends the form.
  var inFlight = null;
  var waiting = false;
  form.addEventListener('submit', function (event) {
    stopped = true;
    if (inFlight) {
      event.preventDefault();
      if (!waiting) {
        // A second click while waiting must not send the form twice.
        waiting = true;
        inFlight.then(function () {
          savedContent = content();
          form.submit();
        });
      }
      return;
    }
    savedContent = content();
  });

  function autosave() {
    if (stopped || saving || !dirty()) {
      return;
    }
    saving = true;
    var sent = content();
    // A save waits for this request, so it must not hang: give up after a while and let the
    // save go ahead (the server still refuses a stale version with the differences shown).
    var abort = window.AbortController ? new AbortController() : null;
    var giveUp = abort ? window.setTimeout(function () { abort.abort(); }, 15000) : null;
    inFlight = fetch(form.getAttribute('data-autosave'), {
      method: 'POST',
      credentials: 'same-origin',
      signal: abort ? abort.signal : undefined,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json' },
      body: serialize()
    }).then(function (response) {
      return response.json().then(function (result) {
        if (response.ok && result.saved) {
          version.value = result.version;
          savedContent = sent;
          show(status.getAttribute('data-saved').replace('{0}', result.savedAt));
        } else if (result.reason === 'conflict' || result.reason === 'notEditable') {
          // Someone else saved: stop autosaving; the explicit save shows the differences.
          stopped = true;
          show(result.message || status.getAttribute('data-conflict'));
        } else {
          show(result.message || status.getAttribute('data-failed'));
        }
      });
    }).catch(function () {
      show(status.getAttribute('data-failed'));
    }).then(function () {
      window.clearTimeout(giveUp);
      saving = false;
      inFlight = null;
    });
  }

  window.setInterval(autosave, interval);
})();
