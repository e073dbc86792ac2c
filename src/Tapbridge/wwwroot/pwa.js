// Registers the service worker (sw.js) that makes Tapbridge installable on a phone's home screen.
if ("serviceWorker" in navigator) {
  window.addEventListener("load", () => navigator.serviceWorker.register("/sw.js").catch(() => { }));
}
