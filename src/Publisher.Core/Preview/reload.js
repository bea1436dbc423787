// Served by the preview only, never published: reloads the page when the preview has built the site again and the
// page is not what it was (its status or its ETag changed), so a page a change did not touch stays as it is. One
// question is asked at a time, and none once the page is reloading, so no request is cut off by the reload.
"use strict";
(function () {
  var shown = null;
  var loaded = null;
  var asking = false;
  var askAgain = false;
  var leaving = false;
  var builds = new EventSource("/_preview/events");

  function ask(then) {
    asking = true;
    // A GET, not a HEAD: Chromium reports its HEAD requests to the preview as aborted (net::ERR_ABORTED), though other
    // clients get whole answers; a page of the preview is small, and read from memory.
    fetch(location.href, { cache: "no-store" }).then(
      function (answer) { then(answer.status + " " + (answer.headers.get("ETag") || "")); },
      function () { then(null); });
  }

  function answered() {
    asking = false;
    if (askAgain) { askAgain = false; check(); }
  }

  function check() {
    if (leaving) return;
    if (asking) { askAgain = true; return; }
    ask(function (state) {
      if (state === null || state !== loaded) {
        leaving = true;
        location.reload();
        return;
      }
      answered();
    });
  }

  ask(function (state) { loaded = state; answered(); });
  builds.onmessage = function (event) {
    if (shown === null) { shown = event.data; return; }
    if (event.data === shown) return;
    shown = event.data;
    check();
  };
})();
