namespace NewsFacts.Rendering;

/// <summary>
/// The document page's inline script: selecting a fact (click, Enter or Space on its row, or click on its
/// edge) marks its evidence and arguments in the text; the filters hide rows and edges; hovering anything
/// with a <c>data-entity</c> outlines every mention of that entity. It reads only the page's own markup,
/// never sets HTML from data, and loads nothing.
/// </summary>
internal static class ReportScript
{
    /// <summary>The script text (a constant, so the page's Content-Security-Policy can pin its hash).</summary>
    public const string Js = """
(function () {
  'use strict';
  var all = function (selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); };
  var rows = all('tr.fact');
  var text = document.getElementById('text');
  var selected = null;

  function clear() {
    all('.ev.on').forEach(function (e) { e.classList.remove('on'); });
    all('mark.arg').forEach(function (e) { e.classList.remove('arg'); });
    all('.selected').forEach(function (e) { e.classList.remove('selected'); });
    rows.forEach(function (r) { r.setAttribute('aria-selected', 'false'); });
    selected = null;
  }

  // Selecting the selected fact again clears the selection.
  function select(id) {
    var again = selected === id;
    clear();
    var row = id && document.getElementById('row-' + id);
    if (again || !row) { return; }
    selected = id;
    row.classList.add('selected');
    row.setAttribute('aria-selected', 'true');
    var pieces = all('#text .ev[data-facts~="' + id + '"]');
    pieces.forEach(function (e) { e.classList.add('on'); });
    (row.getAttribute('data-mentions') || '').split(' ').forEach(function (m) {
      var mention = m && document.getElementById(m);
      if (mention) { mention.classList.add('arg'); }
    });
    all('.edge[data-fact="' + id + '"]').forEach(function (e) { e.classList.add('selected'); });
    // Scroll the article box only, so the table the reader clicked stays where it is.
    if (pieces.length && text) {
      var piece = pieces[0].getBoundingClientRect(), box = text.getBoundingClientRect();
      if (piece.top < box.top || piece.bottom > box.bottom) {
        text.scrollTop += piece.top - box.top - text.clientHeight / 3;
      }
    }
  }

  document.addEventListener('click', function (e) {
    var target = e.target.closest ? e.target.closest('tr.fact, .edge') : null;
    if (target) { select(target.getAttribute('data-fact')); }
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { clear(); return; }
    if ((e.key === 'Enter' || e.key === ' ') && e.target.matches && e.target.matches('tr.fact')) {
      e.preventDefault();
      select(e.target.getAttribute('data-fact'));
    }
  });

  var hovered = null;
  document.addEventListener('mouseover', function (e) {
    var owner = e.target.closest ? e.target.closest('[data-entity]') : null;
    var id = owner ? owner.getAttribute('data-entity') : null;
    if (id === hovered) { return; }
    hovered = id;
    all('.same').forEach(function (x) { x.classList.remove('same'); });
    if (id) { all('[data-entity="' + id + '"]').forEach(function (x) { x.classList.add('same'); }); }
  });

  var form = document.getElementById('filters');
  if (!form) { return; }
  var relation = document.getElementById('filter-relation');
  var modality = document.getElementById('filter-modality');
  var confidence = document.getElementById('filter-confidence');
  var confidenceValue = document.getElementById('filter-confidence-value');
  var count = document.getElementById('filter-count');
  function filter() {
    var r = relation.value, m = modality.value, c = parseFloat(confidence.value) || 0, shown = 0;
    confidenceValue.textContent = c.toFixed(2);
    rows.forEach(function (row) {
      var id = row.getAttribute('data-fact');
      var keep = (!r || row.getAttribute('data-relation') === r)
        && (!m || row.getAttribute('data-modality') === m)
        && parseFloat(row.getAttribute('data-confidence')) >= c;
      row.hidden = !keep;
      if (keep) { shown++; } else if (selected === id) { clear(); }
      all('.edge[data-fact="' + id + '"]').forEach(function (e) { e.classList.toggle('filtered', !keep); });
    });
    count.textContent = shown + ' of ' + rows.length + ' facts';
  }
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  relation.addEventListener('change', filter);
  modality.addEventListener('change', filter);
  confidence.addEventListener('input', filter);
})();
""";
}
