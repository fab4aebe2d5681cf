/*
 * The dashboard's charts and live refresh. Each chart is drawn from the table beside it (the plotted columns of its
 * header, one dataset each; a row per label), so the picture and the figures never disagree; a bar or point whose
 * cell links to communications (signed-in analysts) opens that list. Every few seconds the figures are fetched again
 * and, when they changed, put in place and redrawn. No inline script: the pages' Content-Security-Policy forbids it.
 */
(function () {
    'use strict';

    var PALETTE = ['#1f5f8b', '#b35c00', '#2e7d32', '#6a3d9a', '#a6192e', '#00695c', '#5d4037'];
    /** Colours that mean something: heard from (green), awaiting verification (amber), not yet heard (grey). */
    var TONES = { heard: '#2e7d32', awaiting: '#b35c00', missing: '#6b6b6b' };
    /** Two seconds: a classification shows within five, projection and drawing included. */
    var REFRESH_MILLIS = 2000;
    var inFlight = false;
    var charts = [];

    function cellValue(cell) {
        var value = cell.getAttribute('data-value');
        return value === null || value === '' ? null : Number(value);
    }

    function cellLink(cell) {
        var link = cell.querySelector('a');
        return link ? link.href : null;
    }

    function datasets(table) {
        var header = Array.prototype.slice.call(table.tHead.rows[0].cells, 1);
        var rows = Array.prototype.slice.call(table.tBodies[0].rows);
        var result = [];
        header.forEach(function (th, column) {
            if (th.getAttribute('data-plotted') !== 'true') {
                return;
            }
            var colour = TONES[th.getAttribute('data-tone')] || PALETTE[result.length % PALETTE.length];
            result.push({
                label: th.textContent.trim(),
                data: rows.map(function (row) { return cellValue(row.cells[column + 1]); }),
                links: rows.map(function (row) { return cellLink(row.cells[column + 1]); }),
                backgroundColor: colour,
                borderColor: colour,
                borderWidth: 2
            });
        });
        return {
            labels: rows.map(function (row) { return row.cells[0].textContent.trim(); }),
            datasets: result
        };
    }

    function draw(figure) {
        var table = figure.querySelector('table');
        var canvas = figure.querySelector('canvas');
        if (!table || !canvas || !window.Chart) {
            return;
        }
        var kind = figure.getAttribute('data-kind');
        var line = kind === 'line';
        var stacked = kind === 'stacked';
        var rtl = document.documentElement.dir === 'rtl';
        var data = datasets(table);
        var valueAxis = { beginAtZero: true, stacked: stacked, ticks: { precision: 0 } };
        var labelAxis = { stacked: stacked, ticks: { autoSkip: true } };
        var chart = new window.Chart(canvas, {
            type: line ? 'line' : 'bar',
            data: data,
            options: {
                animation: false,
                responsive: true,
                maintainAspectRatio: false,
                indexAxis: line ? 'x' : 'y',
                locale: document.documentElement.lang,
                scales: line
                    ? { x: Object.assign({ reverse: rtl }, labelAxis),
                        y: Object.assign({ position: rtl ? 'right' : 'left' }, valueAxis) }
                    : { x: Object.assign({ reverse: rtl }, valueAxis),
                        y: Object.assign({ position: rtl ? 'right' : 'left' }, labelAxis) },
                plugins: {
                    legend: { display: data.datasets.length > 1, position: 'bottom', rtl: rtl },
                    tooltip: { rtl: rtl }
                },
                onClick: function (event, elements) {
                    if (!elements.length) {
                        return;
                    }
                    var link = data.datasets[elements[0].datasetIndex].links[elements[0].index];
                    if (link) {
                        window.location.assign(link);
                    }
                },
                onHover: function (event, elements) {
                    var link = elements.length
                        && data.datasets[elements[0].datasetIndex].links[elements[0].index];
                    event.native.target.style.cursor = link ? 'pointer' : 'default';
                }
            }
        });
        charts.push(chart);
    }

    function drawAll(root) {
        charts.forEach(function (chart) { chart.destroy(); });
        charts = [];
        Array.prototype.forEach.call(root.querySelectorAll('figure.chart'), draw);
    }

    /** The figures without the time they were read, to tell whether anything moved. */
    function content(section) {
        var copy = section.cloneNode(true);
        Array.prototype.forEach.call(copy.querySelectorAll('.updated, canvas'), function (node) { node.remove(); });
        return copy.innerHTML;
    }

    function refresh(section) {
        if (document.hidden || inFlight) {
            return;
        }
        inFlight = true;
        fetch(section.getAttribute('data-source'), { cache: 'no-store', credentials: 'same-origin',
            headers: { Accept: 'text/html' } })
            .then(function (response) { return response.ok ? response.text() : null; })
            .then(function (html) {
                if (html === null) {
                    return;
                }
                var next = new DOMParser().parseFromString(html, 'text/html').getElementById('figures');
                if (!next) {
                    return;
                }
                if (content(next) !== content(section)) {
                    section.innerHTML = next.innerHTML;
                    drawAll(section);
                    section.dispatchEvent(new CustomEvent('assay:refreshed', { bubbles: true }));
                } else {
                    var updated = section.querySelector('.updated');
                    var nextUpdated = next.querySelector('.updated');
                    if (updated && nextUpdated) {
                        updated.textContent = nextUpdated.textContent;
                    }
                }
            })
            .catch(function () {
                // unreachable for a moment: the figures shown stay, the next tick asks again
            })
            .then(function () { inFlight = false; });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var section = document.getElementById('figures');
        if (!section) {
            return;
        }
        drawAll(section);
        window.setInterval(function () { refresh(section); }, REFRESH_MILLIS);
    });
}());
