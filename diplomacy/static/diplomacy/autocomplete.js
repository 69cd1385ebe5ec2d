// Progressive enhancement: inputs with data-autocomplete="<JSON URL>" get a datalist of
// matching names. Without JavaScript the input is a plain text filter that matches names.
(function () {
  "use strict";
  function attach(input, index) {
    var list = document.createElement("datalist");
    list.id = "autocomplete-" + index;
    input.setAttribute("list", list.id);
    input.parentNode.appendChild(list);
    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < 2) { return; }
      timer = setTimeout(function () {
        var url = input.dataset.autocomplete + "?q=" + encodeURIComponent(text);
        fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
          .then(function (r) { return r.ok ? r.json() : { results: [] }; })
          .then(function (data) {
            list.replaceChildren();
            data.results.forEach(function (row) {
              var option = document.createElement("option");
              option.value = row.name;
              list.appendChild(option);
            });
          })
          .catch(function () { /* the plain text filter still works */ });
      }, 200);
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[data-autocomplete]").forEach(attach);
  });
})();
