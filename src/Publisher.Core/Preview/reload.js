// Served by the preview only, never published: reloads the page when the preview has built the site again.
"use strict";
(function () {
  var shown = null;
  var builds = new EventSource("/_preview/events");
  builds.onmessage = function (event) {
    if (shown === null) shown = event.data;
    else if (event.data !== shown) location.reload();
  };
})();
