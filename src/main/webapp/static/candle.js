// Digital Candle: start the time-zone field at the zone this browser is in. Without this script
// the field says UTC, and every page states the zone its times are in, so nothing depends on it.
(function () {
  var field = document.querySelector('input[data-detect-zone]');
  if (!field || !window.Intl || !Intl.DateTimeFormat) {
    return;
  }
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && field.value === 'UTC') {
    field.value = zone;
  }
})();
