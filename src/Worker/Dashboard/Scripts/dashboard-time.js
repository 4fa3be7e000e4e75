// Hangfire's dashboard formats its times in the browser with moment: in the browser's own time zone and the locale's
// formats. This shows them in the server's Worker:TimeZone (cookie yuanling-time-zone) as YYYY-MM-DD HH:mm. It runs
// inside Hangfire's script bundle, after moment and hangfire.js, before the page initializes on DOM ready.
(function (window) {
    var original = window.moment;
    if (!original || !window.Intl) {
        return;
    }

    var match = document.cookie.match(/(?:^|;\s*)yuanling-time-zone=([^;]+)/);
    var zone = match ? decodeURIComponent(match[1]) : null;
    var lang = (document.documentElement.lang || 'en').toLowerCase();
    var locale = lang.indexOf('zh') === 0 ? 'zh-cn' : 'en';
    var formats = { LT: 'HH:mm', LTS: 'HH:mm', L: 'YYYY-MM-DD', l: 'YYYY-MM-DD', LL: 'YYYY-MM-DD', ll: 'YYYY-MM-DD', LLL: 'YYYY-MM-DD HH:mm', lll: 'YYYY-MM-DD HH:mm', LLLL: 'YYYY-MM-DD HH:mm', llll: 'YYYY-MM-DD HH:mm' };
    original.updateLocale(locale, { longDateFormat: formats });
    if (window.Hangfire && window.Hangfire.config) {
        window.Hangfire.config.locale = locale;
    }

    if (!zone) {
        return;
    }

    var parts;
    try {
        parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    } catch (e) {
        return;
    }

    // Minutes the zone is ahead of UTC at that instant (daylight saving included).
    var offsetAt = function (date) {
        var p = {};
        parts.formatToParts(date).forEach(function (part) { p[part.type] = part.value; });
        var asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour % 24, +p.minute, +p.second);
        return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
    };

    // Patched on the prototype, not by replacing window.moment: the chart adapter holds its own reference to moment.
    var format = original.fn.format;
    original.fn.format = function () {
        if (this._yuanlingZoned || !this.isValid()) {
            return format.apply(this, arguments);
        }

        var zoned = this.clone().utcOffset(offsetAt(this.toDate()));
        zoned._yuanlingZoned = true;
        return format.apply(zoned, arguments);
    };
})(window);
