/* kg explorer, the Leaderboards view: the ranked tables kg embeds (#kg-data, "leaderboards"),
 * a picker that filters them by dataset, metric or unit, and a "Leaderboards" section in the
 * panels of the datasets, metrics, methods and papers they name. Tables come ranked from Python;
 * this only draws them. Texts are set with textContent and the title property, never as HTML.
 * Runs after explorer.js, through window.kgExplorer. */
(function () {
  "use strict";
  var api = window.kgExplorer;
  var LB = api.data.leaderboards, TABLES = LB.tables, NODES = api.data.nodes;
  var el = api.util.el, fmt = api.util.fmt;
  function $(id) { return document.getElementById(id); }
  var tabGraph = $("tab-graph"), tabLb = $("tab-leaderboards"), view = $("lb-view");
  var picker = $("lb-picker"), filter = $("lb-filter"), list = $("lb-list"), box = $("lb-table");
  var GRAPH_CARDS = [$("filters"), $("overview")];
  // Row fields (kg/export/html_leaderboards.py): rank, value, bar, method, method name, paper,
  // title, evidence, own method. Improvement fields: value, unit, method, method name,
  // baseline, paper, title, evidence.
  var R = { rank: 0, value: 1, bar: 2, method: 3, methodName: 4, paper: 5, title: 6, evidence: 7, own: 8 };
  var lb = api.leaderboards = { view: "graph", shown: -1, show: showTable, setView: setView, filter: filterTables };
  if (!TABLES.length) return;  // the tab stays hidden

  tabLb.hidden = false;
  tabLb.textContent = "Leaderboards · " + fmt(TABLES.length);
  tabGraph.addEventListener("click", function () { setView("graph"); });
  tabLb.addEventListener("click", function () { setView("leaderboards"); });
  if (LB.total > TABLES.length) {
    var capped = $("lb-capped");
    capped.textContent = "To stay fast, this page includes the " + fmt(TABLES.length) + " largest of " +
      fmt(LB.total) + " leaderboards; kg leaderboard --dataset NAME shows any of them.";
    capped.hidden = false;
  }

  function tableName(t) { return t.dn + " · " + t.mn + (t.u ? " (" + t.u + ")" : ""); }
  function withUnit(value, unit) { return unit === "%" ? value + "%" : unit ? value + " " + unit : String(value); }
  function plural(n, word) { return fmt(n) + " " + word + (n === 1 ? "" : "s"); }

  function setView(name) {
    var lbOn = name === "leaderboards";
    lb.view = lbOn ? "leaderboards" : "graph";
    view.hidden = !lbOn; picker.hidden = !lbOn;
    GRAPH_CARDS.forEach(function (c) { c.hidden = lbOn; });
    tabGraph.setAttribute("aria-selected", String(!lbOn));
    tabLb.setAttribute("aria-selected", String(lbOn));
    if (lbOn && lb.shown < 0) showTable(0);
  }

  // ---- the picker: every word typed must occur in the dataset's or metric's names or the unit ----
  var keys = TABLES.map(function (t) {
    var names = [t.dn, t.mn, t.u];
    [t.d, t.m].forEach(function (i) { if (i >= 0 && NODES[i]) names = names.concat(NODES[i].a); });
    return names.join("\n").toLowerCase();
  });
  function filterTables(q) {
    var words = String(q || "").toLowerCase().split(/\s+/).filter(Boolean);
    var out = [];
    keys.forEach(function (k, i) {
      if (words.every(function (w) { return k.indexOf(w) >= 0; })) out.push(i);
    });
    return out;
  }
  var entries = [];
  function renderList() {
    var shown = filterTables(filter.value);
    list.replaceChildren();
    entries = [];
    shown.forEach(function (i) {
      var t = TABLES[i], li = el("li"), b = el("button", "lb-entry");
      b.type = "button";
      b.dataset.table = String(i);
      b.title = tableName(t);
      b.appendChild(el("span", "name", tableName(t)));
      b.appendChild(el("span", "count", plural(t.p, "paper")));
      if (i === lb.shown) b.setAttribute("aria-current", "true");
      b.addEventListener("click", function () { showTable(i); });
      li.appendChild(b); list.appendChild(li); entries.push(i);
    });
    if (!shown.length) list.appendChild(el("li", "more", "No leaderboard matches “" + filter.value.trim() + "”."));
  }
  filter.addEventListener("input", renderList);
  filter.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && entries.length) showTable(entries[0]);
  });

  // ---- one table ----
  function nodeLink(index, text, cls) {
    if (index < 0 || !NODES[index]) return el("span", cls, text);
    var b = el("button", "link-btn " + (cls || ""), text);
    b.type = "button";
    b.addEventListener("click", function (ev) { ev.stopPropagation(); api.focusNode(index); });
    return b;
  }
  function methodCell(row) {
    if (row[R.methodName]) {
      var cell = nodeLink(row[R.method], row[R.methodName], "method");
      if (row[R.own]) cell.title = "the paper's own method";
      return cell;
    }
    return el("span", "own", row[R.own] ? "the paper's own method" : "no method named");
  }
  function showTable(i, mark) {
    var t = TABLES[i];
    if (!t) return;
    lb.shown = i;
    if (lb.view !== "leaderboards") setView("leaderboards");
    box.replaceChildren();
    box.appendChild(el("h2", "lb-title", tableName(t)));
    var about = el("p", "meta");
    about.appendChild(el("b", null, t.h ? "Higher is better" : "Lower is better"));
    about.appendChild(document.createTextNode(" · " + plural(t.p, "paper") + " · " + plural(t.n, "result") +
      (t.n > t.rows.length ? " (the best " + fmt(t.rows.length) + " shown)" : "")));
    box.appendChild(about);
    var names = el("p", "lb-names");
    [["Dataset", t.d, t.dn], ["Metric", t.m, t.mn]].forEach(function (x) {
      names.appendChild(el("span", "tk", x[0] + ": "));
      names.appendChild(nodeLink(x[1], x[2]));
    });
    box.appendChild(names);
    box.appendChild(rankedTable(t, mark || {}));
    if (t.imp.length) improvementList(t);
    renderList();
    view.scrollTop = 0;
    var first = box.querySelector("tr.hl");
    if (first) first.scrollIntoView({ block: "center" });
  }
  function rankedTable(t, mark) {
    var table = el("table", "lb"), head = el("tr"), tbody = el("tbody");
    ["#", "Value", "Method", "Paper"].forEach(function (h) { head.appendChild(el("th", null, h)); });
    var thead = el("thead"); thead.appendChild(head); table.appendChild(thead);
    t.rows.forEach(function (row) {
      var tr = el("tr", "lb-row"), ev = el("tr", "lb-evidence");
      tr.title = row[R.evidence];  // a property: shown as text on hover
      if ((mark.paper !== undefined && row[R.paper] === mark.paper) ||
          (mark.method !== undefined && row[R.method] === mark.method)) tr.classList.add("hl");
      tr.appendChild(el("td", "rank", row[R.rank]));
      var value = el("td", "value"), bar = el("span", "lb-bar"), fill = el("span", "fill");
      fill.style.width = (100 * row[R.bar]).toFixed(1) + "%";
      bar.appendChild(fill);
      value.appendChild(bar);
      value.appendChild(el("span", "num", withUnit(row[R.value], t.u)));
      tr.appendChild(value);
      var method = el("td", "method"); method.appendChild(methodCell(row)); tr.appendChild(method);
      var paper = el("td", "paper"); paper.appendChild(nodeLink(row[R.paper], row[R.title])); tr.appendChild(paper);
      var cell = el("td"); cell.colSpan = 4;
      cell.appendChild(el("blockquote", "evidence", row[R.evidence]));
      ev.appendChild(cell); ev.hidden = true;
      // A click shows the sentence that states the value, and opens the paper's panel.
      tr.addEventListener("click", function () {
        ev.hidden = !ev.hidden;
        tr.classList.toggle("open", !ev.hidden);
        if (row[R.paper] >= 0) api.focusNode(row[R.paper]);
      });
      tbody.appendChild(tr); tbody.appendChild(ev);
    });
    table.appendChild(tbody);
    return table;
  }
  function improvementList(t) {
    box.appendChild(el("h3", null, "Improvements over a baseline (not ranked)"));
    var ul = el("ul", "lb-imp");
    t.imp.forEach(function (g) {
      var li = el("li");
      li.title = g[7];
      li.appendChild(el("b", null, withUnit(g[0], g[1])));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(g[3] ? nodeLink(g[2], g[3]) : el("span", "own", "the paper's method"));
      if (g[4]) li.appendChild(document.createTextNode(" over " + g[4]));
      li.appendChild(document.createTextNode(" · "));
      li.appendChild(nodeLink(g[5], g[6]));
      li.appendChild(el("blockquote", "evidence", g[7]));
      ul.appendChild(li);
    });
    box.appendChild(ul);
  }

  // ---- "Leaderboards" in the panels of the nodes the tables name ----
  var seen = {};  // node index -> [[table, rank or -1]]
  function note(node, i, rank) {
    if (node < 0) return;
    var xs = seen[node] = seen[node] || [];
    if (!xs.length || xs[xs.length - 1][0] !== i) xs.push([i, rank]);
  }
  TABLES.forEach(function (t, i) {
    note(t.d, i, -1); note(t.m, i, -1);
    t.rows.forEach(function (row) { note(row[R.method], i, row[R.rank]); note(row[R.paper], i, row[R.rank]); });
  });
  api.panelSections.push(function (id, n, body) {
    var xs = seen[id];
    if (!xs) return;
    body.appendChild(el("h3", null, "Leaderboards · " + fmt(xs.length)));
    var wrap = el("div", "lb-refs");
    xs.slice(0, 40).forEach(function (x) {
      var t = TABLES[x[0]], ref = el("div", "paper-ref");
      var b = el("button", "link-btn", tableName(t));
      b.type = "button";
      b.dataset.table = String(x[0]);
      var mark = n.k === "paper" ? { paper: id } : n.k === "method" ? { method: id } : {};
      b.addEventListener("click", function () { showTable(x[0], mark); });
      ref.appendChild(b);
      ref.appendChild(el("span", "more", x[1] > 0 ? " · rank " + x[1] + " of " + fmt(t.n) : " · " + plural(t.p, "paper")));
      wrap.appendChild(ref);
    });
    if (xs.length > 40) wrap.appendChild(el("p", "more", "… and " + fmt(xs.length - 40) + " more"));
    body.appendChild(wrap);
  });
})();
