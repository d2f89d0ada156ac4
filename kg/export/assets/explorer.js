/* kg explorer: draws the network pyvis built (#kg-network: vis nodes, edges and options) with
 * vis-network, and builds search, filters, panel and overview from kg's data (#kg-data).
 * Every text from the data is set with textContent (never innerHTML), and only http(s)
 * URLs become links. window.kgExplorer exposes state for tests and the benchmark, and what
 * leaderboards.js (the Leaderboards view, run after this script) builds on. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var NET = JSON.parse(document.getElementById("kg-network").textContent);
  var NODES = DATA.nodes, EDGES = DATA.edges, DETAILS = DATA.details;
  var KIND = {};
  DATA.kinds.forEach(function (k) { KIND[k.k] = k; });
  var COOC_KINDS = { method: 1, dataset: 1, task: 1 };
  var RELATION_TITLES = {
    proposes: "Proposed by", introduces: "Introduced by", compares_with: "Compared with in",
    uses_dataset: "Used by", mentions_method: "Mentioned by", addresses_task: "Addressed by",
    reports_metric: "Reported by", has_code: "Code of", has_webpage: "Project page of",
    affiliated_with: "Papers"
  };
  var RELATION_ORDER = ["proposes", "introduces", "compares_with", "uses_dataset", "mentions_method",
    "addresses_task", "reports_metric", "has_code", "has_webpage", "affiliated_with"];
  var big = NODES.length > 1500;
  // A frame of a big graph takes long enough that an animated move stutters: jump instead.
  var ANIMATION = big ? false : { duration: 350, easingFunction: "easeInOutQuad" };

  // ---- small DOM helpers: text only ----
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function $(id) { return document.getElementById(id); }
  function safeUrl(url) {
    if (typeof url !== "string") return null;
    try {
      var u = new URL(url.trim());
      return (u.protocol === "http:" || u.protocol === "https:") ? u.href : null;
    } catch (e) { return null; }
  }
  function linkOrText(url, text) {
    var href = safeUrl(url);
    if (!href) return el("span", "unsafe-url", text || url);
    var a = el("a", null, text || url);
    a.href = href; a.target = "_blank"; a.rel = "noopener noreferrer nofollow";
    return a;
  }
  function fmt(n) { return Number(n).toLocaleString("en-US"); }
  function colorOf(kind) { return (KIND[kind] || { color: "#9e9e9e" }).color; }

  // ---- adjacency ----
  var incident = NODES.map(function () { return []; });
  EDGES.forEach(function (e, i) { incident[e[0]].push(i); incident[e[1]].push(i); });
  var coocOf = NODES.map(function () { return []; });
  DATA.cooc.forEach(function (c) { coocOf[c[0]].push([c[1], c[2]]); coocOf[c[1]].push([c[0], c[2]]); });

  // ---- filter state ----
  var state = { hidden: {}, minPapers: 0, entitiesOnly: false };
  function nodeVisible(n) {
    if (state.hidden[n.k]) return false;
    if (state.entitiesOnly && !COOC_KINDS[n.k]) return false;
    if (n.k !== "paper" && n.p < state.minPapers) return false;
    return true;
  }

  // ---- vis data: pyvis's nodes and edges; edge ids are "e<i>" (EDGES[i]) or "c<i>" (DATA.cooc[i]) ----
  function isCooc(edgeId) { return edgeId.charAt(0) === "c"; }
  var nodesDS = new vis.DataSet(NET.nodes);
  // Read before vis-network gets the options: the label colour each kind (vis group) has.
  var LABEL_COLOR = Object.create(null), LABEL_STROKE = NET.options.nodes.font.strokeWidth;
  LABEL_COLOR[""] = NET.options.nodes.font.color;
  Object.keys(NET.options.groups).forEach(function (k) {
    var font = NET.options.groups[k].font;
    if (font && font.color) LABEL_COLOR[k] = font.color;
  });
  var edgesDS = new vis.DataSet(NET.edges);
  var visibleIds = {};
  function recomputeVisible() {
    visibleIds = {};
    NODES.forEach(function (n) { if (nodeVisible(n)) visibleIds[n.id] = true; });
  }
  recomputeVisible();
  var nodesView = new vis.DataView(nodesDS, { filter: function (item) { return !!visibleIds[item.id]; } });
  var edgesView = new vis.DataView(edgesDS, { filter: function (item) {
    if (isCooc(item.id) !== state.entitiesOnly) return false;
    return !!visibleIds[item.from] && !!visibleIds[item.to];
  } });

  var container = $("graph");
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, NET.options);

  var api = window.kgExplorer = {
    data: DATA, network: network, nodesView: nodesView, edgesView: edgesView,
    ready: false, stable: !DATA.physics, interactiveAt: null, selected: null,
    visibleNodeCount: function () { return nodesView.length; },
    visibleEdgeCount: function () { return edgesView.length; },
    focusNode: focusNode, focusMany: focusMany, findNodes: findNodes, setState: setState,
    // For leaderboards.js: its text-only helpers, and sections it adds to the panel.
    util: { el: el, fmt: fmt, colorOf: colorOf }, panelSections: []
  };
  network.once("afterDrawing", function () {
    api.ready = true;
    api.interactiveAt = performance.now();
  });
  if (DATA.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: false });
      api.stable = true;
    });
  }

  // ---- landmark labels: past a zoom-out where vis-network's scaled labels get unreadable,
  // the most used entities are named at a fixed screen size instead (canvas text, not HTML) ----
  var landmarks = NODES.filter(function (n) { return n.k !== "paper" && n.p > 1; })
    .sort(function (a, b) { return b.p - a.p; }).slice(0, 24);
  var LANDMARK_SCALE = 0.6, landmarkMode = false, maxUse = landmarks.length ? landmarks[0].p : 1;
  var HIDDEN_LABEL = { color: "rgba(0,0,0,0)", strokeWidth: 0 };
  function shownLabel(kind) { return { color: LABEL_COLOR[kind] || LABEL_COLOR[""], strokeWidth: LABEL_STROKE }; }
  function setLandmarkMode(on) {
    landmarkMode = on;
    nodesDS.update(landmarks.map(function (n) {
      return { id: n.id, font: on ? HIDDEN_LABEL : shownLabel(n.k) };
    }));
  }
  network.on("afterDrawing", function (ctx) {
    var scale = network.getScale();
    if ((scale < LANDMARK_SCALE) !== landmarkMode && landmarks.length) { setLandmarkMode(!landmarkMode); return; }
    if (!landmarkMode) return;
    ctx.save();
    ctx.textAlign = "center";
    ctx.lineWidth = 4 / scale;
    ctx.strokeStyle = "rgba(255,255,255,0.92)";
    ctx.fillStyle = "#1d2530";
    var taken = [];  // boxes already labelled, in canvas units: a label that would overlap is left out
    landmarks.forEach(function (n) {
      var body = visibleIds[n.id] && network.body.nodes[n.id];
      if (!body) return;
      var px = 11 + 4 * Math.sqrt(n.p / maxUse);
      ctx.font = "600 " + (px / scale) + "px system-ui, sans-serif";
      var w = ctx.measureText(n.t).width, h = (px + 2) / scale;
      var y = body.y + (body.shape && body.shape.height ? body.shape.height / 2 : 10) + h;
      var box = [body.x - w / 2, y - h, body.x + w / 2, y + 3 / scale];
      if (taken.some(function (b) { return box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]; })) return;
      taken.push(box);
      ctx.strokeText(n.t, body.x, y);
      ctx.fillText(n.t, body.x, y);
    });
    ctx.restore();
  });

  // ---- tooltip ----
  var tooltip = $("tooltip"), mouse = { x: 0, y: 0 };
  container.addEventListener("mousemove", function (ev) {
    var r = container.getBoundingClientRect();
    mouse.x = ev.clientX - r.left; mouse.y = ev.clientY - r.top;
    if (!tooltip.hidden) placeTooltip();
  });
  function placeTooltip() {
    var w = container.clientWidth;
    tooltip.style.left = Math.min(mouse.x + 14, w - 370) + "px";
    tooltip.style.top = (mouse.y + 14) + "px";
  }
  function showTooltip(kind, text, extra) {
    tooltip.replaceChildren(el("div", "tk", kind), el("div", null, text));
    if (extra) tooltip.appendChild(el("div", "tk", extra));
    tooltip.hidden = false;
    placeTooltip();
  }
  network.on("hoverNode", function (p) {
    var n = NODES[p.node];
    var extra = n.k === "paper" ? (DETAILS[n.id].date || "") : (n.p ? fmt(n.p) + " paper" + (n.p === 1 ? "" : "s") : "");
    showTooltip(n.k, n.t, extra);
  });
  network.on("hoverEdge", function (p) {
    var item = edgesDS.get(p.edge);
    if (!item) return;
    var a = NODES[item.from].t, b = NODES[item.to].t, i = Number(item.id.slice(1));
    if (isCooc(item.id)) showTooltip("shared papers: " + DATA.cooc[i][2], a + " — " + b);
    else showTooltip(EDGES[i][2].replace(/_/g, " "), a + " → " + b);
  });
  network.on("blurNode", function () { tooltip.hidden = true; });
  network.on("blurEdge", function () { tooltip.hidden = true; });
  network.on("dragStart", function () { tooltip.hidden = true; });

  network.on("click", function (p) {
    if (p.nodes.length) openPanel(p.nodes[0]);
    else if (!p.edges.length) closePanel();
  });

  // ---- focusing ----
  function reveal(ids) {
    var changed = false;
    ids.forEach(function (id) {
      var n = NODES[id];
      if (state.hidden[n.k]) { delete state.hidden[n.k]; changed = true; }
      if (state.entitiesOnly && !COOC_KINDS[n.k]) { state.entitiesOnly = false; changed = true; }
      if (n.k !== "paper" && n.p < state.minPapers) { state.minPapers = n.p; changed = true; }
    });
    if (changed) applyFilters();
  }
  function focusNode(id) {
    reveal([id]);
    openPanel(id);  // first, so that the focus centres the node in the narrowed canvas
    network.selectNodes([id]);
    var scale = Math.max(network.getScale(), NODES.length > 500 ? 1.2 : 1.0);
    network.focus(id, { scale: scale, animation: ANIMATION });
  }
  function focusMany(ids) {
    if (!ids.length) return;
    if (ids.length === 1) { focusNode(ids[0]); return; }
    reveal(ids);
    network.selectNodes(ids);
    network.fit({ nodes: ids, animation: ANIMATION });
  }

  // ---- side panel ----
  var panel = $("panel"), body = $("panel-body");
  $("panel-close").addEventListener("click", closePanel);
  function closePanel() { panel.hidden = true; api.selected = null; syncSize(); }
  // vis-network polls its container size once a second; tell it at once when the panel moves.
  function syncSize() { network.setSize("100%", "100%"); network.redraw(); }
  function nodeButton(id, cls) {
    var n = NODES[id];
    var b = el("button", cls || "chip");
    b.type = "button";
    if ((cls || "chip") === "chip") {
      var s = el("span", "swatch"); s.style.background = colorOf(n.k); b.appendChild(s);
    }
    b.appendChild(document.createTextNode(n.t));
    b.addEventListener("click", function () { focusNode(id); });
    return b;
  }
  function meta(label, value) {
    var p = el("p", "meta");
    p.appendChild(el("b", null, label + ": "));
    p.appendChild(document.createTextNode(value));
    return p;
  }
  function openPanel(id) {
    var n = NODES[id], d = DETAILS[id];
    api.selected = id;
    body.replaceChildren();
    var badge = el("span", "badge", (KIND[n.k] || { label: n.k }).label);
    badge.style.background = colorOf(n.k);
    body.appendChild(badge);
    var title = el("h2", "panel-title abstract");
    if (n.k === "paper" && d.title_segments && d.title_segments.length) highlighted(title, d.title_segments);
    else title.textContent = n.k === "paper" ? (d.title || n.t) : n.t;
    body.appendChild(title);
    if (n.k === "paper") paperPanel(id, n, d); else entityPanel(id, n, d);
    api.panelSections.forEach(function (add) { add(id, n, body); });
    var wasHidden = panel.hidden;
    if (d.iri) body.appendChild(el("p", "iri", d.iri));
    panel.hidden = false;
    panel.scrollTop = 0;
    if (wasHidden) syncSize();
  }
  function paperPanel(id, n, d) {
    if (d.date || d.year !== "undated") body.appendChild(meta("Date", d.date || String(d.year)));
    if (d.organization) body.appendChild(meta("Organisation", d.organization));
    if (d.upvotes !== undefined) body.appendChild(meta("Upvotes", fmt(d.upvotes)));
    if (d.venue) body.appendChild(meta("Venue", d.venue));
    if (d.authors && d.authors.length) {
      var more = d.authors.length > 8 ? " et al." : "";
      body.appendChild(meta("Authors", d.authors.slice(0, 8).join(", ") + more));
    }
    var links = el("div", "links");
    if (d.url) links.appendChild(linkOrText(d.url, d.url));
    incident[id].forEach(function (ei) {
      var e = EDGES[ei];
      if (e[0] !== id || (e[2] !== "has_code" && e[2] !== "has_webpage")) return;
      var target = DETAILS[e[1]];
      var label = (e[2] === "has_code" ? "Code: " : "Project page: ") + (target.url || NODES[e[1]].t);
      links.appendChild(linkOrText(target.url, label));
    });
    if (links.childNodes.length) { body.appendChild(el("h3", null, "Links")); body.appendChild(links); }
    if (d.abstract && d.abstract.length) {
      body.appendChild(el("h3", null, "Abstract"));
      body.appendChild(highlighted(el("p", "abstract"), d.abstract));
    }
    var groups = {};
    incident[id].forEach(function (ei) {
      var e = EDGES[ei];
      if (e[0] !== id) return;
      (groups[e[2]] = groups[e[2]] || []).push(e[1]);
    });
    Object.keys(groups).sort(byRelation).forEach(function (rel) {
      body.appendChild(el("h3", null, rel.replace(/_/g, " ")));
      var chips = el("div", "chips");
      unique(groups[rel]).forEach(function (t) { chips.appendChild(nodeButton(t)); });
      body.appendChild(chips);
    });
  }
  // Text runs [text, entity index or -1, role] from Python: marks are built as DOM nodes.
  function highlighted(parent, segments) {
    segments.forEach(function (seg) {
      if (seg[1] < 0 || !NODES[seg[1]]) { parent.appendChild(document.createTextNode(seg[0])); return; }
      var m = el("mark", null, seg[0]), ent = NODES[seg[1]];
      m.style.borderColor = colorOf(ent.k);
      m.title = ent.k + (seg[2] ? " (" + seg[2].replace(/_/g, " ") + ")" : "");
      m.addEventListener("click", function () { focusNode(ent.id); });
      parent.appendChild(m);
    });
    return parent;
  }
  function entityPanel(id, n, d) {
    if (n.a && n.a.length) body.appendChild(meta("Also called", n.a.join(", ")));
    body.appendChild(meta("Papers", fmt(n.p)));
    if (d.url) { body.appendChild(el("h3", null, "Link")); var l = el("div", "links"); l.appendChild(linkOrText(d.url, d.url)); body.appendChild(l); }
    if (d.introduced_by !== undefined && NODES[d.introduced_by]) {
      body.appendChild(el("h3", null, n.k === "method" ? "Proposed in" : "Introduced in"));
      body.appendChild(nodeButton(d.introduced_by));
    }
    var groups = {};
    incident[id].forEach(function (ei) {
      var e = EDGES[ei];
      if (e[1] !== id) return;
      (groups[e[2]] = groups[e[2]] || []).push(e);
    });
    Object.keys(groups).sort(byRelation).forEach(function (rel) {
      var list = groups[rel];
      body.appendChild(el("h3", null, (RELATION_TITLES[rel] || rel.replace(/_/g, " ")) + " · " + list.length));
      list.slice(0, 150).forEach(function (e) {
        var ref = el("div", "paper-ref");
        ref.appendChild(nodeButton(e[0], "link-btn"));
        e[3].forEach(function (s) { ref.appendChild(el("blockquote", "evidence", s)); });
        body.appendChild(ref);
      });
      if (list.length > 150) body.appendChild(el("p", "more", "… and " + fmt(list.length - 150) + " more"));
    });
    if (coocOf[id].length) {
      body.appendChild(el("h3", null, "Often together with"));
      var chips = el("div", "chips");
      coocOf[id].slice().sort(function (a, b) { return b[1] - a[1]; }).slice(0, 12).forEach(function (c) {
        var b = nodeButton(c[0]); b.appendChild(el("span", "more", "×" + c[1])); chips.appendChild(b);
      });
      body.appendChild(chips);
    }
  }
  function byRelation(a, b) {
    var ia = RELATION_ORDER.indexOf(a), ib = RELATION_ORDER.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || (a < b ? -1 : a > b ? 1 : 0);
  }
  function unique(xs) { var seen = {}; return xs.filter(function (x) { return seen[x] ? false : (seen[x] = true); }); }

  // ---- search ----
  var search = $("search"), sugg = $("suggestions"), current = [], active = 0;
  var haystack = NODES.map(function (n) {
    return [n.t.toLowerCase(), n.l.toLowerCase()].concat(n.a.map(function (a) { return a.toLowerCase(); }));
  });
  function findNodes(q, limit) {
    q = q.trim().toLowerCase();
    if (!q) return [];
    var scored = [];
    haystack.forEach(function (names, i) {
      var best = 99, alias = null;
      names.forEach(function (s, j) {
        var score = s === q ? 0 : s.indexOf(q) === 0 ? 1 : s.indexOf(q) > 0 ? 2 : 99;
        if (score < best) { best = score; alias = j >= 2 ? NODES[i].a[j - 2] : null; }
      });
      if (best < 99) scored.push([best, -NODES[i].d, i, alias]);
    });
    scored.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    return scored.slice(0, limit || 12).map(function (s) { return { id: s[2], alias: s[3] }; });
  }
  function renderSuggestions() {
    sugg.replaceChildren();
    current.forEach(function (m, i) {
      var n = NODES[m.id], li = el("li");
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", i === active ? "true" : "false");
      var s = el("span", "swatch"); s.style.background = colorOf(n.k);
      li.appendChild(s);
      li.appendChild(el("span", null, n.t));
      if (m.alias) li.appendChild(el("span", "alias", "aka " + m.alias));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(i); });
      sugg.appendChild(li);
    });
    sugg.hidden = current.length === 0;
  }
  function choose(i) {
    if (!current[i]) return;
    var id = current[i].id;
    search.value = NODES[id].t;
    sugg.hidden = true;
    focusNode(id);
  }
  search.addEventListener("input", function () { current = findNodes(search.value); active = 0; renderSuggestions(); });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown") { active = Math.min(active + 1, current.length - 1); renderSuggestions(); ev.preventDefault(); }
    else if (ev.key === "ArrowUp") { active = Math.max(active - 1, 0); renderSuggestions(); ev.preventDefault(); }
    else if (ev.key === "Enter") { if (!current.length) current = findNodes(search.value); choose(active); }
    else if (ev.key === "Escape") { sugg.hidden = true; }
  });
  search.addEventListener("blur", function () { sugg.hidden = true; });

  // ---- filters and legend ----
  var legend = $("legend");
  var legendItems = {};
  DATA.kinds.forEach(function (k) {
    if (!k.count) return;
    var li = el("li"), label = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true; box.dataset.kind = k.k;
    box.addEventListener("change", function () {
      if (box.checked) delete state.hidden[k.k]; else state.hidden[k.k] = true;
      applyFilters();
    });
    var sw = el("span", "swatch"); sw.style.background = k.color;
    label.appendChild(box); label.appendChild(sw); label.appendChild(el("span", null, k.label));
    label.appendChild(el("span", "count", fmt(k.count)));
    li.appendChild(label); legend.appendChild(li);
    legendItems[k.k] = { li: li, box: box };
  });
  var entitiesOnly = $("entities-only"), minPapers = $("min-papers");
  entitiesOnly.addEventListener("change", function () { state.entitiesOnly = entitiesOnly.checked; applyFilters(); });
  minPapers.addEventListener("input", function () {
    var v = parseInt(minPapers.value, 10);
    state.minPapers = isNaN(v) || v < 0 ? 0 : v;
    applyFilters();
  });
  function setState(patch) {
    Object.keys(patch).forEach(function (k) { state[k] = patch[k]; });
    applyFilters();
  }
  function applyFilters() {
    recomputeVisible();
    nodesView.refresh();
    edgesView.refresh();
    Object.keys(legendItems).forEach(function (k) {
      var it = legendItems[k];
      it.box.checked = !state.hidden[k];
      it.li.classList.toggle("off", !!state.hidden[k] || (state.entitiesOnly && !COOC_KINDS[k]));
    });
    entitiesOnly.checked = state.entitiesOnly;
    if (parseInt(minPapers.value, 10) !== state.minPapers) minPapers.value = String(state.minPapers);
    updateStatus();
  }
  function updateStatus() {
    var s = DATA.stats;
    $("status").textContent = "Showing " + fmt(nodesView.length) + " of " + fmt(s.total_nodes) + " nodes · " +
      fmt(edgesView.length) + " edges";
  }
  (function leftOut() {
    var s = DATA.stats, box = $("left-out");
    if (!s.left_out) return;
    var parts = Object.keys(s.left_out_by_kind).map(function (k) {
      var one = s.left_out_by_kind[k] === 1;
      return fmt(s.left_out_by_kind[k]) + " " + (one ? k : /y$/.test(k) ? k.slice(0, -1) + "ies" : k + "s");
    });
    box.textContent = "To stay fast, this page shows the " + fmt(s.nodes) + " most connected nodes; " +
      fmt(s.left_out) + " were left out: " + parts.join(", ") + ".";
    box.hidden = false;
  })();
  if (DATA.stats.cooccurrence_total > DATA.cooc.length) {
    entitiesOnly.parentNode.appendChild(el("span", "hint", " (strongest " + fmt(DATA.cooc.length) + " of " +
      fmt(DATA.stats.cooccurrence_total) + " links)"));
  }

  // ---- overview charts ----
  var charts = $("charts");
  function barChart(title, rows, kind) {
    if (!rows.length) return;
    charts.appendChild(el("h3", null, title));
    var wrap = el("div", "bars"), max = Math.max.apply(null, rows.map(function (r) { return r.value; }));
    rows.forEach(function (r) {
      var b = el("button", "bar");
      b.type = "button";
      b.dataset.kind = kind;
      b.title = r.label + ": " + r.value;
      b.appendChild(el("span", "name", r.label));
      var track = el("span", "track"), fill = el("span", "fill");
      fill.style.width = (100 * r.value / max).toFixed(1) + "%";
      fill.style.display = "block";
      fill.style.background = r.color;
      track.appendChild(fill); b.appendChild(track);
      b.appendChild(el("span", "num", fmt(r.value)));
      b.addEventListener("click", r.onClick);
      wrap.appendChild(b);
    });
    charts.appendChild(wrap);
  }
  function entityRows(rows) {
    return rows.map(function (r) {
      return { label: NODES[r[0]].t, value: r[1], color: colorOf(NODES[r[0]].k),
               onClick: function () { focusNode(r[0]); } };
    });
  }
  var ov = DATA.overview;
  barChart("Most used datasets", entityRows(ov.datasets), "dataset");
  barChart("Most used methods", entityRows(ov.methods), "method");
  barChart("Most addressed tasks", entityRows(ov.tasks), "task");
  timeline(ov.years);
  barChart("Datasets used together", ov.pairs.map(function (p) {
    return { label: NODES[p[0]].t + " + " + NODES[p[1]].t, value: p[2], color: colorOf("dataset"),
             onClick: function () { focusMany([p[0], p[1]]); } };
  }), "pair");
  function timeline(years) {
    if (!years.length) return;
    charts.appendChild(el("h3", null, "Papers over time"));
    var NS = "http://www.w3.org/2000/svg", W = 270, H = 120, pad = 16;
    var svg = document.createElementNS(NS, "svg");
    svg.setAttribute("class", "timeline");
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    var max = Math.max.apply(null, years.map(function (y) { return y[1]; }));
    var slot = (W - 4) / years.length, bw = Math.max(Math.min(slot * 0.7, 36), 2);
    var papersByYear = {};
    NODES.forEach(function (n) {
      if (n.k !== "paper") return;
      var y = String(DETAILS[n.id].year);
      (papersByYear[y] = papersByYear[y] || []).push(n.id);
    });
    years.forEach(function (y, i) {
      var g = document.createElementNS(NS, "g");
      g.setAttribute("class", "col");
      g.setAttribute("data-year", y[0]);
      var h = Math.max((H - 2 * pad) * y[1] / max, 1), x = 2 + i * slot + (slot - bw) / 2;
      var hit = document.createElementNS(NS, "rect");
      hit.setAttribute("x", 2 + i * slot); hit.setAttribute("y", 0);
      hit.setAttribute("width", slot); hit.setAttribute("height", H); hit.setAttribute("fill", "transparent");
      var r = document.createElementNS(NS, "rect");
      r.setAttribute("class", "v");
      r.setAttribute("x", x); r.setAttribute("y", H - pad - h); r.setAttribute("width", bw); r.setAttribute("height", h);
      r.setAttribute("rx", 2); r.setAttribute("fill", y[0] === "undated" ? "#b8c2d0" : "#2e86de");
      var t = document.createElementNS(NS, "title"); t.textContent = y[0] + ": " + y[1] + " papers";
      var lab = document.createElementNS(NS, "text");
      lab.setAttribute("x", x + bw / 2); lab.setAttribute("y", H - 3); lab.setAttribute("text-anchor", "middle");
      lab.textContent = years.length > 8 && i % Math.ceil(years.length / 8) ? "" : y[0];
      var num = document.createElementNS(NS, "text");
      num.setAttribute("x", x + bw / 2); num.setAttribute("y", H - pad - h - 3); num.setAttribute("text-anchor", "middle");
      num.textContent = years.length <= 12 ? String(y[1]) : "";
      g.appendChild(t); g.appendChild(hit); g.appendChild(r); g.appendChild(lab); g.appendChild(num);
      g.addEventListener("click", function () { focusMany(papersByYear[y[0]] || []); });
      svg.appendChild(g);
    });
    charts.appendChild(svg);
  }
  if (!NODES.length) {
    $("graph-wrap").appendChild(el("p", "empty", "This graph has no nodes yet: build it from papers with entities, then export again."));
  }
  updateStatus();
})();
