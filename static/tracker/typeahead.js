/* Type-ahead for the filter form's long lists (actors, topics, outlets, events).

   Each `input[data-typeahead]` becomes an ARIA 1.2 combobox with a listbox of suggestions read
   from its `data-typeahead` address (/registry/<kind>.json, tracker/registry.py). The field's
   name moves to a hidden input that carries the chosen record's slug, or the text as typed, which
   the server resolves like a name. Without JavaScript the text field is submitted as it is. */
(function () {
    "use strict";
    if (!window.fetch || !window.URLSearchParams) return;
    var LIMIT = 10;
    var DELAY = 120;
    var MAX_QUERY = 100;

    function enhance(input) {
        if (input.hasAttribute("data-enhanced")) return;
        input.setAttribute("data-enhanced", "");
        var hidden = document.createElement("input");
        hidden.type = "hidden";
        hidden.name = input.name;
        hidden.value = input.getAttribute("data-slug") || input.value;
        input.removeAttribute("name");

        var box = document.createElement("div");
        box.className = "combobox";
        input.parentNode.insertBefore(box, input);
        box.appendChild(input);
        var list = document.createElement("ul");
        list.id = input.id + "-listbox";
        list.className = "combobox__list";
        list.setAttribute("role", "listbox");
        var label = input.getAttribute("aria-label") || (input.labels && input.labels[0] ? input.labels[0].textContent : "");
        list.setAttribute("aria-label", label);
        list.hidden = true;
        var status = document.createElement("span");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        box.appendChild(list);
        box.appendChild(status);
        box.appendChild(hidden);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", list.id);

        var results = [];
        var active = -1;
        var timer = null;
        var pending = null;
        var asked = null;

        function isOpen() {
            return !list.hidden;
        }

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            active = -1;
        }

        function open() {
            if (!results.length) return;
            list.hidden = false;
            input.setAttribute("aria-expanded", "true");
        }

        function show(found) {
            results = found;
            active = -1;
            input.removeAttribute("aria-activedescendant");
            list.textContent = "";
            found.forEach(function (result, index) {
                var option = document.createElement("li");
                option.id = list.id + "-" + index;
                option.className = "combobox__option";
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.setAttribute("data-index", String(index));
                option.appendChild(document.createTextNode(result.label));
                if (result.hint) {
                    var hint = document.createElement("span");
                    hint.className = "combobox__hint";
                    hint.textContent = result.hint;
                    option.appendChild(hint);
                }
                list.appendChild(option);
            });
            status.textContent = input.getAttribute(found.length ? "data-status-some" : "data-status-none") || "";
            if (found.length) open(); else close();
        }

        function highlight(index) {
            var current = list.children[active];
            if (current) current.setAttribute("aria-selected", "false");
            active = index;
            var option = list.children[index];
            if (!option) {
                input.removeAttribute("aria-activedescendant");
                return;
            }
            option.setAttribute("aria-selected", "true");
            input.setAttribute("aria-activedescendant", option.id);
            if (option.scrollIntoView) option.scrollIntoView({ block: "nearest" });
        }

        function choose(index) {
            var result = results[index];
            if (!result) return;
            input.value = result.label;
            hidden.value = result.value;
            close();
            // The live filter (timeline.js) listens for changes: a choice applies it.
            hidden.dispatchEvent(new Event("change", { bubbles: true }));
        }

        function suggest() {
            var query = input.value.slice(0, MAX_QUERY);
            if (query === asked && results.length) {
                open();
                return;
            }
            asked = query;
            if (pending) pending.abort();
            pending = window.AbortController ? new AbortController() : null;
            var url = input.getAttribute("data-typeahead") + "?" + new URLSearchParams({ q: query, limit: String(LIMIT) });
            fetch(url, { headers: { Accept: "application/json" }, signal: pending ? pending.signal : undefined })
                .then(function (response) { return response.ok ? response.json() : { results: [] }; })
                .then(function (data) { if (document.activeElement === input) show(data.results || []); })
                .catch(function () { /* aborted by the next keystroke, or offline: the field still submits */ });
        }

        input.addEventListener("input", function () {
            hidden.value = input.value; // typed text: the server resolves a name or slug when submitted
            window.clearTimeout(timer);
            timer = window.setTimeout(suggest, DELAY);
        });
        input.addEventListener("change", function (event) {
            // Typing is not choosing: the live filter waits for a choice, a submit, or an emptied field.
            event.stopPropagation();
            if (input.value === "" && hidden.value === "") hidden.dispatchEvent(new Event("change", { bubbles: true }));
        });
        input.addEventListener("keydown", function (event) {
            var count = results.length;
            if (event.key === "ArrowDown" || event.key === "Down") {
                event.preventDefault();
                if (!isOpen()) {
                    suggest();
                    return;
                }
                if (!event.altKey && count) highlight((active + 1) % count);
            } else if (event.key === "ArrowUp" || event.key === "Up") {
                if (!isOpen() || !count) return;
                event.preventDefault();
                highlight(active <= 0 ? count - 1 : active - 1);
            } else if (event.key === "Enter") {
                if (isOpen() && active >= 0) {
                    event.preventDefault();
                    choose(active);
                }
            } else if (event.key === "Escape" || event.key === "Esc") {
                if (isOpen()) {
                    event.preventDefault();
                    close();
                }
            } else if (event.key === "Tab") {
                close();
            }
        });
        input.addEventListener("blur", function () {
            window.setTimeout(close, 150);
        });
        list.addEventListener("mousedown", function (event) {
            event.preventDefault(); // keep the focus in the field
        });
        list.addEventListener("click", function (event) {
            var option = event.target.closest("[role=option]");
            if (option) choose(Number(option.getAttribute("data-index")));
        });
    }

    function enhanceAll(root) {
        Array.prototype.forEach.call((root || document).querySelectorAll("input[data-typeahead]"), enhance);
    }

    window.parleyTypeahead = { enhance: enhanceAll };
    enhanceAll(document);
})();
