// Makes every table.sortable sortable by clicking a column header. The page reads fine without it.
(function () {
  function key(cell) {
    return cell ? (cell.getAttribute('data-sort') !== null ? cell.getAttribute('data-sort') : cell.textContent.trim()) : '';
  }
  function compare(a, b, asc) {
    if (a === '' && b === '') return 0;
    if (a === '') return 1;   // unknown values sort last, either way
    if (b === '') return -1;
    var x = Number(a), y = Number(b);
    var r = (!isNaN(x) && !isNaN(y)) ? x - y : a.localeCompare(b);
    return asc ? r : -r;
  }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click', function () {
        var asc = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) { return compare(key(r1.cells[col]), key(r2.cells[col]), asc); });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
})();
