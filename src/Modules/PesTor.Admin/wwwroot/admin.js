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

  // Rich text: Quill over each textarea marked data-rich-text; the textarea stays the form's field and gets the HTML on
  // submit. Toolbar buttons get names (Quill's have none), the editing area is a labelled multi-line textbox.
  if (window.Quill) {
    var names = document.documentElement.lang === 'en'
      ? { bold: 'Bold', italic: 'Italic', link: 'Link', header: 'Heading', ordered: 'Numbered list', bullet: 'Bulleted list', clean: 'Clear formatting' }
      : { bold: 'Pogrubienie', italic: 'Kursywa', link: 'Link', header: 'Nagłówek', ordered: 'Lista numerowana', bullet: 'Lista punktowana', clean: 'Usuń formatowanie' };
    document.querySelectorAll('textarea[data-rich-text]').forEach(function (textarea) {
      var host = document.createElement('div');
      textarea.after(host);
      textarea.hidden = true;
      var quill = new window.Quill(host, {
        theme: 'snow',
        modules: { toolbar: [[{ header: 2 }, 'bold', 'italic', 'link'], [{ list: 'ordered' }, { list: 'bullet' }], ['clean']] }
      });
      quill.clipboard.dangerouslyPasteHTML(textarea.value);
      var toolbar = host.previousElementSibling;
      toolbar.querySelectorAll('button').forEach(function (button) {
        var kind = button.className.replace('ql-', '');
        button.setAttribute('aria-label', names[button.value] || names[kind] || kind);
      });
      var area = host.querySelector('.ql-editor');
      area.setAttribute('role', 'textbox');
      area.setAttribute('aria-multiline', 'true');
      area.setAttribute('aria-labelledby', textarea.id + '-label');
      if (textarea.getAttribute('aria-describedby')) { area.setAttribute('aria-describedby', textarea.getAttribute('aria-describedby')); }
      var label = document.getElementById(textarea.id + '-label');
      if (label) { label.addEventListener('click', function () { quill.focus(); }); }
      textarea.form.addEventListener('submit', function () {
        textarea.value = quill.getLength() > 1 ? quill.getSemanticHTML() : '';
      });
    });
  }

  // Focus the error summary after a failed save, so a screen reader announces it and a keyboard user starts there.
  var summary = document.getElementById('form-errors');
  if (summary) { summary.focus(); }
})();
