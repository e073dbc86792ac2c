// Small things every page needs that Blazor and MudBlazor leave to the app.
(() => {
  // A wide table that scrolls sideways can be scrolled with the keyboard: it takes focus (WCAG 2.1.1).
  const focusableScrollers = () => {
    for (const box of document.querySelectorAll(".mud-table-container:not([tabindex])")) {
      if (box.scrollWidth > box.clientWidth) {
        box.tabIndex = 0;
      }
    }
  };

  // A bar at the top of the screen from the tap on a link until the next page has drawn: on a slow phone network
  // the old page would otherwise sit there without a sign that anything is happening.
  let target = null;
  let timer = 0;
  const stop = () => {
    target = null;
    clearTimeout(timer);
    document.documentElement.classList.remove("tb-navigating");
  };
  document.addEventListener("click", event => {
    const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey
        || link.target === "_blank" || link.hasAttribute("download")) {
      return;
    }
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || (url.pathname === location.pathname && url.search === location.search)) {
      return;
    }
    target = url.pathname + url.search;
    document.documentElement.classList.add("tb-navigating");
    clearTimeout(timer);
    timer = setTimeout(stop, 15000);
  });

  // After a form is refused, every message stands next to its field; the first one is brought into view and focused,
  // so on a phone nobody hunts for what to fix.
  const invalid = "[aria-invalid=true], .validation-message, .mud-input-error";
  let hadErrors = false;
  const firstError = () => {
    const errors = document.querySelector(invalid);
    if (errors && !hadErrors) {
      const field = errors.closest(".tb-field, .mud-input-control")?.querySelector("input, select, textarea") ?? errors;
      field.scrollIntoView({ block: "center", behavior: "smooth" });
      if (field.matches("input, select, textarea")) {
        field.focus({ preventScroll: true });
      }
    }
    hadErrors = errors !== null;
  };

  // A product picture that cannot be loaded (a seller's link gone stale) leaves its box empty instead of a broken
  // image; inline onerror handlers are blocked by the content security policy.
  const hideBroken = image => {
    if (image instanceof HTMLImageElement && image.hasAttribute("data-hide-broken")) {
      image.style.visibility = "hidden";
    }
  };
  document.addEventListener("error", event => hideBroken(event.target), true);
  const hideBrokenLoaded = () => {
    for (const image of document.querySelectorAll("img[data-hide-broken]")) {
      if (image.complete && image.naturalWidth === 0) {
        hideBroken(image);
      }
    }
  };

  new MutationObserver(() => {
    focusableScrollers();
    firstError();
    if (target !== null && location.pathname + location.search === target) {
      stop();
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  window.addEventListener("pageshow", stop);
  document.addEventListener("DOMContentLoaded", () => {
    focusableScrollers();
    firstError();
    hideBrokenLoaded();
  });
})();
