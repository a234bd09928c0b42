// PES-TOR maps: every element with data-pestor-map becomes a Leaflet map of the GeoJSON layers it names.
// The page stays usable without it (the server renders the list and the filter form); with it, the markers are
// clustered, the filter form updates the map without a reload, and the list shows the items in the current view.
(function () {
    'use strict';

    var labels = {
        entities: 'Podmiot',
        support: 'Punkt wsparcia',
        premises: 'Lokal'
    };

    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) { node.className = className; }
        if (text !== undefined && text !== null) { node.textContent = text; }
        return node;
    }

    function popupContent(properties) {
        var box = element('div', 'map-popup');
        var title = properties.url ? element('a', null, properties.title) : element('strong', null, properties.title);
        if (properties.url) { title.href = properties.url; }
        box.appendChild(title);
        if (properties.category) { box.appendChild(element('p', null, properties.category)); }
        return box;
    }

    function markerIcon(properties) {
        return L.divIcon({
            className: 'map-marker map-marker--' + properties.layer + ' map-marker--' + properties.kind,
            html: '<span class="map-marker__dot" aria-hidden="true"></span>',
            iconSize: [22, 22],
            iconAnchor: [11, 11],
            popupAnchor: [0, -10]
        });
    }

    function clusterIcon(cluster) {
        var count = cluster.getChildCount();
        var size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
        var html = '<span>' + count + '<span class="visually-hidden"> – grupa punktów, przybliż</span></span>';
        return L.divIcon({ html: html, className: 'map-cluster map-cluster--' + size, iconSize: [40, 40] });
    }

    function init(container) {
        // A page may bring this script twice (the map page and a map widget in one of its zones).
        if (container.hasAttribute('data-pestor-map-ready')) { return; }
        container.setAttribute('data-pestor-map-ready', '');
        var config = JSON.parse(container.getAttribute('data-pestor-map'));
        var form = config.form ? document.getElementById(config.form) : null;
        var list = config.list ? document.getElementById(config.list) : null;
        var count = config.count ? document.getElementById(config.count) : null;

        var map = L.map(container, {
            zoomControl: false,
            keyboard: true
        });
        L.control.zoom({ zoomInTitle: 'Przybliż', zoomOutTitle: 'Oddal' }).addTo(map);
        var tiles = L.tileLayer(config.tileUrl, { attribution: config.attribution, maxZoom: 19 });
        tiles.addTo(map);
        map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
        if (config.bounds) {
            map.fitBounds([[config.bounds[0], config.bounds[1]], [config.bounds[2], config.bounds[3]]]);
        } else {
            map.setView([config.center[0], config.center[1]], config.zoom);
        }

        var groups = {};
        var loaded = 0;
        var request = 0;

        function selectedLayers() {
            if (!form) { return config.layers; }
            return Array.prototype.filter.call(form.querySelectorAll('input[name="warstwa"]'), function (box) {
                return box.checked;
            }).map(function (box) { return box.value; });
        }

        function filterQuery() {
            var params = new URLSearchParams(config.filter || '');
            if (form) {
                ['q', 'dzielnica', 'forma', 'typ', 'status'].forEach(function (name) {
                    var field = form.elements.namedItem(name);
                    if (field && field.value) { params.set(name, field.value); } else { params.delete(name); }
                });
            }
            return params;
        }

        function updateList() {
            var bounds = map.getBounds();
            var items = [];
            Object.keys(groups).forEach(function (key) {
                groups[key].eachLayer(function (marker) {
                    if (bounds.contains(marker.getLatLng())) { items.push(marker.feature.properties); }
                });
            });
            items.sort(function (a, b) { return a.title.localeCompare(b.title, 'pl'); });
            container.setAttribute('data-markers', String(loaded));
            container.setAttribute('data-in-view', String(items.length));
            if (count) {
                count.textContent = items.length === 0
                    ? 'W widoku mapy nie ma żadnego punktu. Oddal mapę lub zmień filtry.'
                    : 'Punkty w widoku mapy: ' + items.length + '.';
            }
            if (!list) { return; }
            var fragment = document.createDocumentFragment();
            items.forEach(function (properties) {
                var item = element('li', 'map-list__item map-list__item--' + properties.layer);
                item.appendChild(element('span', 'map-list__layer', labels[properties.layer] + ': '));
                var title = properties.url ? element('a', null, properties.title) : element('span', null, properties.title);
                if (properties.url) { title.href = properties.url; }
                item.appendChild(title);
                if (properties.category) { item.appendChild(element('span', 'map-list__category', ' – ' + properties.category)); }
                fragment.appendChild(item);
            });
            list.replaceChildren(fragment);
        }

        function load() {
            var current = ++request;
            var layers = selectedLayers();
            var query = filterQuery();
            container.setAttribute('aria-busy', 'true');
            return Promise.all(layers.map(function (layer) {
                return fetch('/api/geo/' + encodeURIComponent(layer) + '?' + query.toString(), { headers: { Accept: 'application/geo+json' } })
                    .then(function (response) {
                        if (!response.ok) { throw new Error('HTTP ' + response.status); }
                        return response.json();
                    })
                    .then(function (data) { return { layer: layer, data: data }; });
            })).then(function (results) {
                if (current !== request) { return; }
                Object.keys(groups).forEach(function (key) { map.removeLayer(groups[key]); });
                groups = {};
                loaded = 0;
                results.forEach(function (result) {
                    var group = L.markerClusterGroup({ iconCreateFunction: clusterIcon, showCoverageOnHover: false });
                    L.geoJSON(result.data, {
                        pointToLayer: function (feature, latlng) {
                            var properties = feature.properties;
                            return L.marker(latlng, { icon: markerIcon(properties), title: properties.title, alt: properties.title, keyboard: true });
                        },
                        onEachFeature: function (feature, layer) { layer.bindPopup(popupContent(feature.properties)); }
                    }).eachLayer(function (marker) { group.addLayer(marker); loaded++; });
                    group.addTo(map);
                    groups[result.layer] = group;
                });
                container.removeAttribute('aria-busy');
                container.setAttribute('data-loaded', String(request));
                updateList();
            }).catch(function (error) {
                container.removeAttribute('aria-busy');
                if (count) { count.textContent = 'Nie udało się wczytać punktów mapy (' + error.message + '). Lista poniżej pokazuje stan z chwili otwarcia strony.'; }
            });
        }

        map.on('moveend', updateList);
        if (form) {
            form.addEventListener('change', function () {
                var params = filterQuery();
                selectedLayers().forEach(function (layer) { params.append('warstwa', layer); });
                history.replaceState(null, '', '?' + params.toString());
                load();
            });
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                load();
            });
        }
        load();
    }

    document.querySelectorAll('[data-pestor-map]').forEach(init);
}());
