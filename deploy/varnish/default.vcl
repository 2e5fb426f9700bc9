# Varnish keeps the pages that every anonymous visitor sees alike, between nginx and gunicorn.
# ${CDV_…} values are filled in by deploy/render.py. Emptied by the site (proxy_cache/):
# PURGE <url> drops one page, BAN drops every page; both only from this machine.
vcl 4.1;

import std;

backend gunicorn {
    .host = "127.0.0.1";
    .port = "${CDV_GUNICORN_PORT}";
    .connect_timeout = 5s;
    .first_byte_timeout = 90s;
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    unset req.http.X-Cache-Status;
    # Varnish appended nginx's address: the rate limit reads the visitor's, which nginx appended before.
    set req.http.X-Forwarded-For = regsub(req.http.X-Forwarded-For, ",\s*[^,]*$", "");

    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.method == "BAN") {
            ban("obj.status != 0");
            return (synth(200, "Banned"));
        }
        return (purge);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Never kept: the admin, previews, the demandes' forms and follow-up pages (they also say
    # no-store), anything with a query string (a search, a filter, a page of results), and any
    # visitor with a session or CSRF cookie (logged in, or a form already opened).
    if (req.url ~ "^/(admin|django-admin)/" || req.url ~ "/demandes/" || req.url ~ "\?") {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken)=") {
        return (pass);
    }
    # Other cookies change nothing on a public page (so a "Vary: Cookie" page is the same for all),
    # nor does Accept-Language where the address names the language.
    unset req.http.Cookie;
    if (req.url ~ "^/(fr|en|ar)/") {
        unset req.http.Accept-Language;
    }
    unset req.http.Authorization;
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    return (lookup);
}

sub vcl_backend_response {
    # Only complete pages that set no cookie and do not forbid it are kept; the others are
    # remembered as "not kept" for a while, so their requests go straight to gunicorn.
    if (beresp.status != 200 || beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-cache|no-store)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Publishing empties the cache; an hour bounds what anything else could leave stale.
    if (!beresp.http.Cache-Control) {
        set beresp.ttl = 1h;
    }
    set beresp.grace = 10s;
    return (deliver);
}

sub vcl_hit {
    set req.http.X-Cache-Status = "HIT";
}

sub vcl_miss {
    set req.http.X-Cache-Status = "MISS";
}

sub vcl_pass {
    set req.http.X-Cache-Status = "PASS";
}

sub vcl_deliver {
    set resp.http.X-Cache-Status = req.http.X-Cache-Status;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
    unset resp.http.Age;
}
