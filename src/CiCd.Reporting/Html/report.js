// Sorts any table.sortable by the clicked column: numbers by value (data-value), text by locale order.
document.querySelectorAll("table.sortable").forEach(function (table) {
  table.querySelectorAll("thead th").forEach(function (header, column) {
    header.addEventListener("click", function () {
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
  });
});
