// accord dashboard behaviour: the offline map, the charts and the evidence
// card. No inline scripts (the Content-Security-Policy forbids them): every
// page element carries its data in data- attributes.
(function () {
  "use strict";

  var quadColors = { 1: "#2b8cbe", 2: "#1a9850", 3: "#f39c12", 4: "#d7301f" };
  var shapesPromise = null;

  function getJSON(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error(url + ": " + r.status);
      return r.json();
    });
  }

  // Country shapes and their alpha-3 codes, fetched once per page.
  function shapes() {
    if (!shapesPromise) {
      shapesPromise = Promise.all([
        getJSON("/static/vendor/world-atlas/countries-50m.json"),
        getJSON("/map/countries.json"),
      ]).then(function (r) {
        var topo = r[0], codes = r[1];
        var geo = topojson.feature(topo, topo.objects.countries);
        geo.features.forEach(function (f) {
          f.properties.iso3 = codes[f.properties.name] || "";
        });
        return geo;
      });
    }
    return shapesPromise;
  }

  function showCard(id) {
    var target = document.getElementById("card");
    if (!target) {
      window.location.href = "/events/" + encodeURIComponent(id);
      return;
    }
    htmx.ajax("GET", "/events/" + encodeURIComponent(id) + "/card", { target: "#card", swap: "innerHTML" });
  }

  function initMap(el) {
    var center = (el.dataset.center || "41,70").split(",").map(Number);
    var zoom = Number(el.dataset.zoom || 5);
    if (el.dataset.lat) center = [Number(el.dataset.lat), Number(el.dataset.lon)];
    var map = L.map(el, { attributionControl: false, worldCopyJump: true, minZoom: 2, maxZoom: 10 }).setView(center, zoom);
    var alerted = {}, highlighted = {};
    (el.dataset.alerts || "").split(/\s+/).forEach(function (c) { if (c) alerted[c] = true; });
    (el.dataset.highlight || "").split(/\s+/).forEach(function (c) { if (c) highlighted[c] = true; });
    el.dataset.state = "loading";
    var markers = L.layerGroup();
    shapes().then(function (geo) {
      L.geoJSON(geo, {
        style: function (f) {
          var c = f.properties.iso3;
          if (alerted[c]) return { color: "#c0392b", weight: 2, fillColor: "#f4c7c0", fillOpacity: 1, className: "country-shape alerted" };
          if (highlighted[c]) return { color: "#1f5fa8", weight: 1.5, fillColor: "#dde9f6", fillOpacity: 1, className: "country-shape subject" };
          return { color: "#7a8796", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1, className: "country-shape" };
        },
        onEachFeature: function (f, layer) {
          layer.bindTooltip(f.properties.name, { sticky: true });
          if (f.properties.iso3) {
            layer.on("click", function () { window.location.href = "/country/" + f.properties.iso3; });
          }
        },
      }).addTo(map);
      markers.addTo(map);
      el.dataset.shapes = String(geo.features.length);
      if (el.dataset.lat) {
        L.circleMarker(center, { radius: 8, color: "#fff", weight: 2, fillColor: quadColors[el.dataset.quad] || "#555", fillOpacity: 0.95, className: "ev-marker" }).addTo(markers);
        el.dataset.markers = "1";
        el.dataset.state = "ready";
        return;
      }
      if (!el.dataset.events) { el.dataset.state = "ready"; return; }
      return getJSON(el.dataset.events).then(function (page) {
        var n = 0, seen = {};
        page.events.forEach(function (e) {
          if (!e.location) return;
          // Spread events at the same place a little, so each can be clicked.
          var key = e.location.lat.toFixed(3) + "," + e.location.lon.toFixed(3);
          var k = seen[key] = (seen[key] || 0) + 1;
          var ang = k * 2.4, r = k > 1 ? 0.04 * Math.sqrt(k) : 0;
          var m = L.circleMarker([e.location.lat + r * Math.sin(ang), e.location.lon + r * Math.cos(ang)], {
            radius: 6, color: "#fff", weight: 1, fillColor: quadColors[e.quad] || "#555", fillOpacity: 0.9,
            className: "ev-marker q" + e.quad,
          });
          m.bindTooltip(e.date + " " + e.code + ": " + e.text.slice(0, 120));
          m.on("click", function () { showCard(e.id); });
          m.addTo(markers);
          n++;
        });
        el.dataset.markers = String(n);
        if (el.dataset.fit && n > 0) {
          var b = L.latLngBounds([]);
          markers.eachLayer(function (m) { b.extend(m.getLatLng()); });
          map.fitBounds(b.pad(0.3), { maxZoom: 6 });
        }
        el.dataset.state = "ready";
      });
    }).catch(function (err) {
      el.dataset.state = "error";
      el.textContent = "The map could not be drawn: " + err.message;
    });
  }

  function chartWidth(el) { return Math.max(300, el.clientWidth || el.parentNode.clientWidth || 600); }

  function initQuadChart(el) {
    var d = JSON.parse(el.dataset.chart);
    var series = [{}];
    d.labels.forEach(function (l, i) {
      series.push({ label: l, stroke: quadColors[i + 1], width: 1.5, fill: quadColors[i + 1] + "22", points: { show: d.times.length < 60 } });
    });
    new uPlot({ width: chartWidth(el), height: 220, series: series, axes: [{}, { label: "events" }], scales: { x: { time: true } } },
      [d.times].concat(d.series), el);
    el.dataset.state = "ready";
  }

  function initIndicator(el) {
    var pts = JSON.parse(el.dataset.indicator) || [];
    var xs = pts.map(function (p) { return Date.parse(p.date) / 1000; });
    var ys = pts.map(function (p) { return p.value; });
    new uPlot({ width: chartWidth(el), height: 160, series: [{}, { label: el.dataset.label, stroke: "#1f5fa8", width: 1.5 }], scales: { x: { time: true } } }, [xs, ys], el);
    el.dataset.state = "ready";
  }

  // A click on an event row (outside its links) opens the evidence card;
  // htmx does it through hx-get, this only marks the row.
  document.addEventListener("click", function (ev) {
    var row = ev.target.closest && ev.target.closest("tr.event-row");
    if (!row) return;
    document.querySelectorAll("tr.event-row.selected").forEach(function (r) { r.classList.remove("selected"); });
    row.classList.add("selected");
  });

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".map").forEach(initMap);
    document.querySelectorAll(".chart[data-chart]").forEach(initQuadChart);
    document.querySelectorAll(".chart[data-indicator]").forEach(initIndicator);
  });
})();
