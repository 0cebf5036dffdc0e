/* The public timeline page: TimelineJS (static/vendor/) draws the statements of the page's filter. */
(function () {
    "use strict";
    var embed = document.getElementById("timeline-embed");
    if (!embed || !window.TL) {
        return;
    }
    new window.TL.Timeline(embed, embed.dataset.source, {
        script_path: new URL(embed.dataset.scriptPath, document.baseURI).href,
        // No web fonts: TimelineJS would fetch them from Google; the page's own fonts apply.
        font: null,
        language: embed.dataset.language,
        hash_bookmark: false,
        timenav_position: "bottom",
        start_at_end: false
    });
})();
