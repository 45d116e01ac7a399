// Sorts any table.sortable by the header button pressed (click, Enter or Space): numbers by value (data-value), text
// by locale order. One listener on the document, so it holds for every table however many there are.
document.addEventListener("click", function (event) {
  var button = event.target.closest ? event.target.closest("table.sortable thead th button") : null;
  if (!button) { return; }
  var header = button.closest("th");
  var table = header.closest("table");
  var column = header.cellIndex;
  var ascending = header.getAttribute("aria-sort") !== "ascending";
  var numeric = header.dataset.type === "number";
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var key = function (row) {
    var cell = row.cells[column];
    var raw = cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent.trim();
    return numeric ? (raw === "" ? NaN : parseFloat(raw)) : raw;
  };
  rows.sort(function (a, b) {
    var x = key(a), y = key(b);
    if (numeric) {
      if (isNaN(x)) { return 1; }
      if (isNaN(y)) { return -1; }
      return ascending ? x - y : y - x;
    }
    return ascending ? String(x).localeCompare(String(y)) : String(y).localeCompare(String(x));
  });
  table.querySelectorAll("thead th").forEach(function (other) { other.removeAttribute("aria-sort"); });
  header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  rows.forEach(function (row) { body.appendChild(row); });
});
