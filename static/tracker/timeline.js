/* Live filtering for timeline pages: fetch the filtered page, swap the results, keep the URL.
   Without JavaScript the form submits normally and every state has its own URL. */
(function () {
    "use strict";
    var form = document.querySelector("form[data-live-filter]");
    var results = document.getElementById("results");
    if (!form || !results || !window.fetch || !window.history.pushState) return;
    document.documentElement.classList.add("js");
    var pending = null;
    var timer = null;

    function urlFor(targetForm) {
        var params = new URLSearchParams();
        new FormData(targetForm).forEach(function (value, name) {
            if (value !== "" && !(name === "sort" && value === "newest")) params.append(name, value);
        });
        var query = params.toString();
        return targetForm.getAttribute("action") + (query ? "?" + query : "");
    }

    function swap(html, redrawFields) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.getElementById("results");
        if (fresh) results.innerHTML = fresh.innerHTML;
        var freshCount = doc.querySelector("[data-filter-count]");
        var count = document.querySelector("[data-filter-count]");
        if (freshCount && count) count.textContent = freshCount.textContent;
        var freshActions = doc.querySelector(".filters__actions");
        var actions = form.querySelector(".filters__actions");
        if (freshActions && actions) actions.innerHTML = freshActions.innerHTML;
        if (redrawFields) {
            // Back/forward: a type-ahead field shows a record's name, which only the server knows.
            Array.prototype.forEach.call(doc.querySelectorAll("#filter-form [data-field]"), function (fresh) {
                if (!fresh.querySelector("[data-typeahead]")) return;
                var field = form.querySelector('[data-field="' + fresh.getAttribute("data-field") + '"]');
                if (!field) return;
                field.className = fresh.className;
                field.innerHTML = fresh.innerHTML;
                if (window.parleyTypeahead) window.parleyTypeahead.enhance(field);
            });
        }
        if (doc.title) document.title = doc.title;
        var summary = results.querySelector(".error-summary");
        if (summary) summary.focus();
    }

    function load(url, push, redrawFields) {
        if (pending) pending.abort();
        pending = new AbortController();
        results.setAttribute("aria-busy", "true");
        return fetch(url, { headers: { "X-Requested-With": "fetch" }, signal: pending.signal })
            .then(function (response) { return response.text(); })
            .then(function (html) {
                swap(html, redrawFields);
                if (push) window.history.pushState({ parley: true }, "", url);
            })
            .catch(function (error) { if (error.name !== "AbortError") window.location.href = url; })
            .finally(function () { results.setAttribute("aria-busy", "false"); });
    }

    form.addEventListener("submit", function (event) {
        event.preventDefault();
        load(urlFor(form), true);
    });
    form.addEventListener("change", function (event) {
        if (event.target.name === "q") return;
        window.clearTimeout(timer);
        timer = window.setTimeout(function () { load(urlFor(form), true); }, 50);
    });
    form.addEventListener("input", function (event) {
        if (event.target.name !== "q") return;
        window.clearTimeout(timer);
        timer = window.setTimeout(function () { load(urlFor(form), true); }, 400);
    });
    results.addEventListener("click", function (event) {
        var link = event.target.closest("a[rel=next], a[rel=prev]");
        if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        load(link.href, true).then(function () { results.scrollIntoView({ block: "start" }); });
    });
    window.addEventListener("popstate", function () {
        // Back/forward: redraw the form from the URL, then the results.
        var params = new URLSearchParams(window.location.search);
        Array.prototype.forEach.call(form.elements, function (element) {
            if (!element.name) return;
            var values = params.getAll(element.name);
            if (element.tagName === "SELECT") {
                Array.prototype.forEach.call(element.options, function (option) {
                    option.selected = values.indexOf(option.value) !== -1;
                });
                if (!values.length && element.name === "sort") element.value = "newest";
            } else if (element.type !== "submit") {
                element.value = values[0] || "";
            }
        });
        load(window.location.href, false, true);
    });
})();
