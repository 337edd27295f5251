vcl 4.1;

# Varnish in front of the casepages app servers: the configuration the benchmarks and the tests
# run, and the one to deploy (README "Deployment beyond one machine"; set the backend to your app
# servers or their load balancer, and the purgers to the addresses they purge from).
#
# The app decides what may be shared: a page every anonymous visitor gets alike says
# "Cache-Control: public, max-age=…, s-maxage=…", everything else "private, no-store"
# (casepages/cache.py). Varnish keeps only the public ones, for s-maxage, and Wagtail purges
# them whenever content changes.

backend app {
    .host = "127.0.0.1";
    .port = "8000";
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Purging is not allowed from here."));
        }
        # A purge drops the path and everything beneath it, whatever the query string and the host
        # name: casepages purges each language's home page after every change (a case page shows
        # its translations, the index lists cases), and Wagtail names hosts after its Site records,
        # which need not be the name visitors use. Wagtail's paths hold letters, digits, hyphens
        # and slashes, nothing a regular expression would read differently.
        ban("obj.http.x-url ~ ^" + req.url);
        return (synth(200, "Purged."));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Signed-in staff, a visitor with a message waiting and the admin always reach the app.
    if (req.url ~ "^/admin/" || req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # An anonymous visitor's other cookies (the language choice, a CSRF cookie) change no public
    # page, so they do not stop a lookup; what comes back personal is never kept (below).
    return (hash);
}

sub vcl_backend_response {
    # Kept on the object for the purge's ban, which then needs no request to evaluate.
    set beresp.http.x-url = bereq.url;
    if (beresp.http.Cache-Control !~ "(^|,)\s*public\s*(,|$)" || beresp.http.Set-Cookie || beresp.http.Vary ~ "(?i)cookie") {
        # Not for sharing: every request for it goes to the app, none waits on another's.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Varnish takes the lifetime from s-maxage.
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-url;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
