// PES-TOR point maps: one marker on a small Leaflet map.
// - [data-pestor-point-map]: an item's place on its page (read-only; the address and coordinates are text beside it).
// - [data-pestor-point-picker]: the admin's GeoPoint picker over the latitude/longitude inputs, which stay the source of
//   truth: clicking the map or dragging the marker writes them, typing in them moves the marker, and a point outside
//   the site's map area is refused with a message (the server refuses it too).
// Without tile access the map still shows the marker, the area and the controls.
(function () {
    'use strict';

    function icon() {
        return L.divIcon({
            className: 'map-marker map-marker--point',
            html: '<span class="map-marker__dot" aria-hidden="true"></span>',
            iconSize: [22, 22],
            iconAnchor: [11, 11]
        });
    }

    function baseMap(container, config) {
        var map = L.map(container, { zoomControl: false, keyboard: true });
        L.control.zoom({ zoomInTitle: 'Przybliż', zoomOutTitle: 'Oddal' }).addTo(map);
        L.tileLayer(config.tileUrl, { attribution: config.attribution, maxZoom: 19 }).addTo(map);
        map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
        return map;
    }

    function initPointMap(container) {
        var config = JSON.parse(container.getAttribute('data-pestor-point-map'));
        var map = baseMap(container, config);
        var point = [config.latitude, config.longitude];
        map.setView(point, config.zoom);
        L.marker(point, { icon: icon(), keyboard: false, title: config.title, alt: config.title }).addTo(map);
    }

    function parse(value) {
        var text = (value || '').trim().replace(',', '.');
        if (text === '') { return null; }
        var number = Number(text);
        return isFinite(number) ? number : NaN;
    }

    function initPicker(container) {
        var config = JSON.parse(container.getAttribute('data-pestor-point-picker'));
        var latitudeInput = document.getElementById(config.latitude);
        var longitudeInput = document.getElementById(config.longitude);
        var message = document.getElementById(config.message);
        var area = L.latLngBounds([config.bounds[0], config.bounds[1]], [config.bounds[2], config.bounds[3]]);
        var map = baseMap(container, config);
        L.rectangle(area, { color: '#0b3c73', weight: 2, fill: false, interactive: false, dashArray: '6 4' }).addTo(map);
        var marker = null;

        function say(text) {
            message.textContent = text || '';
            message.hidden = !text;
        }

        function inside(latlng) {
            return latlng.lat >= area.getSouth() && latlng.lat <= area.getNorth()
                && latlng.lng >= area.getWest() && latlng.lng <= area.getEast();
        }

        function place(latlng) {
            if (marker) {
                marker.setLatLng(latlng);
                return;
            }

            marker = L.marker(latlng, { icon: icon(), draggable: true, keyboard: false, title: config.markerLabel, alt: config.markerLabel }).addTo(map);
            marker.on('dragend', function () {
                var moved = marker.getLatLng();
                if (inside(moved)) {
                    write(moved);
                    return;
                }

                // Refused: back to the point the inputs hold.
                var lat = parse(latitudeInput.value);
                var lng = parse(longitudeInput.value);
                if (lat !== null && lng !== null && !isNaN(lat) && !isNaN(lng)) {
                    marker.setLatLng([lat, lng]);
                }

                say(config.outside);
            });
        }

        function write(latlng) {
            latitudeInput.value = latlng.lat.toFixed(6);
            longitudeInput.value = latlng.lng.toFixed(6);
            latitudeInput.removeAttribute('aria-invalid');
            longitudeInput.removeAttribute('aria-invalid');
            say('');
            place(latlng);
        }

        // Reads the inputs: moves the marker to a valid point, or says why it cannot.
        function fromInputs() {
            var lat = parse(latitudeInput.value);
            var lng = parse(longitudeInput.value);
            if (lat === null || lng === null) {
                say('');
                return;
            }

            if (isNaN(lat) || isNaN(lng)) {
                say(config.notNumber);
                return;
            }

            var latlng = L.latLng(lat, lng);
            if (!inside(latlng)) {
                say(config.outside);
                return;
            }

            say('');
            place(latlng);
            map.panTo(latlng);
        }

        map.on('click', function (event) {
            if (inside(event.latlng)) {
                write(event.latlng);
            } else {
                say(config.outside);
            }
        });

        // Enter on the focused map (arrows move its view) points at the view's centre.
        container.addEventListener('keydown', function (event) {
            if (event.key === 'Enter' && event.target === container) {
                event.preventDefault();
                var centre = map.getCenter();
                if (inside(centre)) {
                    write(centre);
                } else {
                    say(config.outside);
                }
            }
        });

        latitudeInput.addEventListener('change', function () { fromInputs(); });
        longitudeInput.addEventListener('change', function () { fromInputs(); });

        var lat = parse(latitudeInput.value);
        var lng = parse(longitudeInput.value);
        if (lat !== null && lng !== null && !isNaN(lat) && !isNaN(lng) && inside(L.latLng(lat, lng))) {
            map.setView([lat, lng], Math.max(config.zoom, 14));
            place(L.latLng(lat, lng));
        } else {
            // Nothing yet, or a refused point sent back with the form: show the whole area to pick in.
            map.fitBounds(area);
            fromInputs();
        }
    }

    function init() {
        Array.prototype.forEach.call(document.querySelectorAll('[data-pestor-point-map]'), initPointMap);
        Array.prototype.forEach.call(document.querySelectorAll('[data-pestor-point-picker]'), initPicker);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
