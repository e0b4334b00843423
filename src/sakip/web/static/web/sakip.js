// e-SAKIP: the few behaviours that need a script; every page works without it.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // Year selector: go to the same OPD's dashboard for the chosen year.
  document.querySelectorAll("select[data-tahun-url]").forEach(function (sel) {
    sel.addEventListener("change", function () {
      window.location.href = sel.dataset.tahunUrl.replace("9999", sel.value);
    });
  });
  // An error banner lists the boxes in error: move the focus to the first of them.
  var banner = document.querySelector(".galat[data-fokus] a[href^='#']");
  if (banner) {
    var kotak = document.getElementById(banner.getAttribute("href").slice(1));
    if (kotak) { kotak.focus(); }
  }
  // Data screens: mark the boxes in error for assistive technology.
  document.querySelectorAll(".isian.salah input, .isian.salah select, .isian.salah textarea").forEach(function (el) {
    el.setAttribute("aria-invalid", "true");
  });
  // Ask before destructive or final actions.
  document.querySelectorAll("form[data-konfirmasi]").forEach(function (form) {
    form.addEventListener("submit", function (ev) {
      if (!window.confirm(form.dataset.konfirmasi)) { ev.preventDefault(); }
    });
  });
  // Report paragraphs: insert the chosen table's or figure's reference at the cursor.
  document.querySelectorAll("select[data-sisip]").forEach(function (sel) {
    sel.addEventListener("change", function () {
      var teks = document.getElementById(sel.dataset.sisip);
      if (!teks || !sel.value) { return; }
      var awal = teks.selectionStart, akhir = teks.selectionEnd, sisip = "[[" + sel.value + "]]";
      teks.value = teks.value.slice(0, awal) + sisip + teks.value.slice(akhir);
      teks.focus();
      teks.selectionStart = teks.selectionEnd = awal + sisip.length;
      sel.value = "";
    });
  });
  // Numbers: show Indonesian grouping once a box is left (1234567,5 -> 1.234.567,5).
  document.querySelectorAll("input.angka").forEach(function (input) {
    input.addEventListener("blur", function () {
      var v = input.value.trim();
      if (!/^-?\d+(,\d+)?$/.test(v)) { return; }
      var bagian = v.split(",");
      bagian[0] = bagian[0].replace(/\B(?=(\d{3})+(?!\d))/g, ".");
      input.value = bagian.join(",");
    });
  });
});
