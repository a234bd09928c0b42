// The admin's behaviour on top of working HTML: list filters for long choice lists, the content picker's search, and the
// rich-text editor when its library is present. Everything stays usable by keyboard; without this script the forms still post.
(function () {
  'use strict';

  // A filter box narrows a long list of terms as one types (matching any part of the name, case-insensitively).
  document.querySelectorAll('input.choice-filter').forEach(function (input) {
    var list = document.getElementById(input.dataset.filterFor);
    input.addEventListener('input', function () {
      var needle = input.value.trim().toLocaleLowerCase();
      list.querySelectorAll('li').forEach(function (li) {
        li.hidden = needle.length > 0 && li.textContent.toLocaleLowerCase().indexOf(needle) < 0;
      });
    });
  });

  // The content picker: search by title, then "Add" a result, which becomes a checked checkbox among the picked items.
  document.querySelectorAll('fieldset[data-picker]').forEach(function (fieldset) {
    var search = fieldset.querySelector('.picker-search');
    var go = fieldset.querySelector('.picker-go');
    var results = fieldset.querySelector('.picker-results');
    var picked = fieldset.querySelector('.picked');
    var multiple = fieldset.dataset.multiple === 'true';
    var name = fieldset.dataset.name;
    var counter = 0;

    function add(item) {
      if (picked.querySelector('input[value="' + CSS.escape(item.id) + '"]')) { return; }
      if (!multiple) { picked.innerHTML = ''; }
      var id = search.id + '-added-' + (counter++);
      var li = document.createElement('li');
      var box = document.createElement('input');
      box.type = 'checkbox'; box.name = name; box.value = item.id; box.id = id; box.checked = true;
      var label = document.createElement('label');
      label.htmlFor = id; label.textContent = item.title;
      li.append(box, ' ', label);
      picked.append(li);
      box.focus();
    }

    function run() {
      var url = fieldset.dataset.searchUrl + '&q=' + encodeURIComponent(search.value);
      fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) {
          results.innerHTML = '';
          if (items.length === 0) {
            var none = document.createElement('li');
            none.textContent = fieldset.dataset.noneText || 'Brak wyników';
            results.append(none);
          }
          items.forEach(function (item) {
            var li = document.createElement('li');
            var button = document.createElement('button');
            button.type = 'button'; button.className = 'secondary';
            button.textContent = (fieldset.dataset.addText || 'Dodaj') + ': ' + item.title;
            button.addEventListener('click', function () { add(item); });
            li.append(button);
            results.append(li);
          });
        });
    }

    go.addEventListener('click', run);
    search.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); run(); }
    });
  });

  // Focus the error summary after a failed save, so a screen reader announces it and a keyboard user starts there.
  var summary = document.getElementById('form-errors');
  if (summary) { summary.focus(); }
})();
