// Seedbed's search box completions. Progressive: without this script the box is a plain search
// field; with it, names and topics that start with what was typed are offered by the browser's own
// suggestion list, which works with keyboards, screen readers and phones.
(function () {
  "use strict";
  var boxes = document.querySelectorAll("input[list][type=search]");
  Array.prototype.forEach.call(boxes, function (box) {
    var list = document.getElementById(box.getAttribute("list"));
    if (!list || !window.fetch) {
      return;
    }
    var timer = null;
    var asked = "";
    box.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var text = box.value.trim();
        if (text.length < 2 || text === asked) {
          return;
        }
        asked = text;
        fetch("/api/search/suggest?q=" + encodeURIComponent(text), { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (suggestions) {
            while (list.firstChild) {
              list.removeChild(list.firstChild);
            }
            suggestions.forEach(function (suggestion) {
              var option = document.createElement("option");
              option.value = suggestion.text;
              list.appendChild(option);
            });
          })
          .catch(function () { /* No completions this time; the search itself still works. */ });
      }, 120);
    });
  });
})();
