// Accelerator: say each deadline in the reader's own time zone as well. Without this script the
// page already states every time with its zone (the cohort's, and the one chosen in the form), so
// nothing depends on it.
(function () {
  if (!window.Intl || !Intl.DateTimeFormat) {
    return;
  }
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var format = new Intl.DateTimeFormat(undefined, {
    weekday: 'long', day: 'numeric', month: 'long', year: 'numeric',
    hour: '2-digit', minute: '2-digit', timeZone: zone
  });
  var times = document.querySelectorAll('time[data-local]');
  for (var i = 0; i < times.length; i++) {
    var when = new Date(times[i].getAttribute('datetime'));
    if (!isNaN(when.getTime())) {
      times[i].textContent = format.format(when) + ' (' + zone + ')';
    }
  }
  var field = document.querySelector('input[data-detect-zone]');
  if (field && zone && field.value === 'UTC') {
    field.value = zone;
  }
})();
