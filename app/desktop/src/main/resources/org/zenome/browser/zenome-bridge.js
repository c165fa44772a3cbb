/*
 * Zenome's half of the bridge between Java and igv.js; the other half is org.zenome.ui.browser.IgvBridge.
 *
 * Java → page (through WebEngine.executeScript, on the FX thread):
 *   zenome.attach(javaObject)       hand over the object that receives events (flushes what was said before)
 *   zenome.start(configJson)        create the igv.js browser (replacing one that exists)
 *   zenome.run(id, name, argJson)   run a command; the answer comes back as done(id, text) or failed(id, text)
 *
 * Page → Java (methods of the attached object; every argument is a string):
 *   log(level, text)  jsError(text)  ready(igvVersion)  startFailed(text)  failure(text)
 *   locusChanged(locus)  variantClicked(chrom, pos, ref, alt)  done(id, text)  failed(id, text)
 *
 * The page keeps to its own origin (see the content security policy in zenome-browser.html).
 */
(function () {
    'use strict';

    const MAX_BACKLOG = 1000;
    const backlog = [];
    let java = null;
    let browser = null;
    let generation = 0;
    let lastLocus = null;

    /** Calls Java now, or once it has attached. */
    function toJava(call) {
        if (java) {
            try {
                call(java);
            } catch (e) {
                // The Java side logs its own failures; nothing sensible to do here.
            }
        } else if (backlog.length < MAX_BACKLOG) {
            backlog.push(call);
        }
    }

    function describe(x) {
        if (x instanceof Error) {
            return x.stack ? x.name + ': ' + x.message + '\n' + x.stack : x.name + ': ' + x.message;
        }
        if (typeof x === 'string') {
            return x;
        }
        if (x === undefined) {
            return 'undefined';
        }
        if (x && typeof x.message === 'string') {
            return x.message;
        }
        try {
            return JSON.stringify(x);
        } catch (e) {
            return String(x);
        }
    }

    // console.* → application log
    ['debug', 'log', 'info', 'warn', 'error'].forEach(function (level) {
        const original = console[level];
        console[level] = function () {
            const text = Array.prototype.map.call(arguments, describe).join(' ');
            toJava(function (j) { j.log(level, text); });
            if (typeof original === 'function') {
                original.apply(console, arguments);
            }
        };
    });

    // uncaught errors and rejections → application log (as errors)
    window.addEventListener('error', function (e) {
        const where = e.filename ? ' (' + e.filename.replace(/^.*\//, '') + ':' + e.lineno + ')' : '';
        const stack = e.error && e.error.stack ? '\n' + e.error.stack : '';
        toJava(function (j) { j.jsError(e.message + where + stack); });
    });
    window.addEventListener('unhandledrejection', function (e) {
        toJava(function (j) { j.jsError('Unhandled promise rejection: ' + describe(e.reason)); });
    });
    // anything the content security policy stops (a request to another origin) is reported, not silent
    // Logged as a warning, not raised as an error: igv.js has click paths that try the web (for example a
    // ClinVar look-up from the coverage pop-up); the policy stops them and the user need not be alarmed.
    document.addEventListener('securitypolicyviolation', function (e) {
        const text = 'Blocked by the content security policy: ' + e.blockedURI + ' (' + e.violatedDirective + ')';
        toJava(function (j) { j.log('warn', text); });
    });

    function locusOf(b) {
        const loci = b.currentLoci();
        return Array.isArray(loci) ? loci.join(' ') : String(loci);
    }

    /** The variant of a variant track under a click at genomicLocation (0-based), nearest first. */
    function variantAt(track, genomicLocation) {
        const trackView = track.trackView;
        const viewport = trackView && trackView.viewports && trackView.viewports[0];
        const features = viewport ? viewport.cachedFeatures : undefined;
        if (!Array.isArray(features) || features.length === 0) {
            return null;
        }
        const bpPerPixel = viewport.referenceFrame.bpPerPixel;
        const tolerance = bpPerPixel > 0.2 ? 3 * bpPerPixel : 0.2;   // as igv.js's own hit test
        let best = null;
        let bestDistance = Infinity;
        for (const f of features) {
            if (f.end < genomicLocation - tolerance || f.start > genomicLocation + tolerance) {
                continue;
            }
            const distance = Math.abs((f.start + f.end) / 2 - genomicLocation);
            if (distance < bestDistance) {
                best = f._f || f;   // pseudo-features (an SV's mate end) point at the real record
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * igv.js 3.8.2 throws while drawing amino acids at base-pair zoom when the first or last coding exon of a
     * transcript ends in a split codon with no coding neighbour (getAminoAcidLetterWithExonGap reads
     * leftExon.readingFrame of undefined; GENCODE's BRCA1 triggers it). The exception aborts the redraw of every
     * track. Guard the feature renderer of annotation tracks: the one feature is left partly drawn, the rest
     * of the view is drawn, and the log says so once per track.
     */
    let defaultRender = null;

    function guardRender(track) {
        if (!track || track.type !== 'annotation' || typeof track.render !== 'function' || track.render.zenomeGuarded) {
            return;
        }
        const render = track.render;
        if (!defaultRender) {
            defaultRender = render;
        }
        track.render = guarded(render, function () { return track.name; });
    }

    function guarded(render, nameOf) {
        let warned = false;
        const safe = function (feature, bpStart, bpPerPixel, pixelHeight, ctx) {
            // Count the context saves the renderer makes, so that a throw cannot leave one open: an open save
            // would nest every later track inside this one's clip region (fatal for SVG snapshots).
            let depth = 0;
            const hadSave = Object.prototype.hasOwnProperty.call(ctx, 'save');
            const hadRestore = Object.prototype.hasOwnProperty.call(ctx, 'restore');
            const save = ctx.save;
            const restore = ctx.restore;
            ctx.save = function () { depth++; return save.apply(ctx, arguments); };
            ctx.restore = function () { depth--; return restore.apply(ctx, arguments); };
            try {
                return render.apply(this, arguments);
            } catch (e) {
                for (; depth > 0; depth--) {
                    restore.call(ctx);
                }
                if (!warned) {
                    warned = true;
                    console.warn('igv.js could not draw a feature of track "' + nameOf() + '": ' + describe(e));
                }
                return undefined;
            } finally {
                if (hadSave) { ctx.save = save; } else { delete ctx.save; }
                if (hadRestore) { ctx.restore = restore; } else { delete ctx.restore; }
            }
        };
        safe.zenomeGuarded = true;
        return safe;
    }

    function guardAllTracks(b) {
        b.trackViews.forEach(function (tv) { guardRender(tv.track); });
    }

    function wire(b, mine) {
        b.on('locuschange', function () {
            if (mine !== generation) {
                return;
            }
            const locus = locusOf(b);
            if (locus !== lastLocus) {
                lastLocus = locus;
                toJava(function (j) { j.locusChanged(locus); });
            }
        });
        b.on('trackclick', function (track, popoverData, genomicLocation) {
            if (mine !== generation || !track || track.type !== 'variant') {
                return undefined;           // igv.js shows its usual pop-up (reads, genes)
            }
            const v = variantAt(track, genomicLocation);
            if (!v || v.pos === undefined) {
                return undefined;
            }
            const chrom = String(v.chr);
            const pos = String(v.pos);
            const ref = String(v.referenceBases);
            const alt = String(v.alternateBases);
            toJava(function (j) { j.variantClicked(chrom, pos, ref, alt); });
            return false;                   // the case view shows the variant; no pop-up
        });
        // igv.js reports load failures (unreadable file, bad index...) in its own dialog: tell Java as well
        const alert = b.alert;
        if (alert && typeof alert.present === 'function') {
            const present = alert.present.bind(alert);
            alert.present = function (message, callback) {
                toJava(function (j) { j.failure(describe(message)); });
                return present(message, callback);
            };
        }
    }

    function trackState(trackView, frame) {
        const track = trackView.track;
        const viewport = trackView.viewports && trackView.viewports[0];
        const cache = viewport ? viewport.featureCache : undefined;
        const s = {
            name: track.name,
            type: track.type,
            format: track.config ? track.config.format : undefined,
            chr: undefined, start: 0, end: 0, count: 0, inView: 0, maxDepth: 0
        };
        if (!cache || !cache.features) {
            return s;
        }
        const viewStart = frame.start;
        const viewEnd = frame.end;
        const features = cache.features;
        if (typeof features.allAlignments === 'function') {
            // an alignment container
            const alignments = features.allAlignments();
            s.chr = features.chr;
            s.start = features.start;
            s.end = features.end;
            // igv's BAM reader also keeps a read starting exactly at the end of the interval, its CRAM reader
            // does not: count what overlaps the interval, the same for both
            s.count = alignments.filter(function (a) {
                return a.start < features.end && a.start + a.lengthOnRef > features.start;
            }).length;
            s.inView = alignments.filter(function (a) {
                return a.start < viewEnd && a.start + a.lengthOnRef > viewStart;
            }).length;
            s.maxDepth = typeof features.getMax === 'function' ? features.getMax(viewStart, viewEnd) : 0;
        } else if (Array.isArray(features)) {
            s.chr = cache.chr;
            s.start = cache.bpStart;
            s.end = cache.bpEnd;
            s.count = features.length;
            s.inView = features.filter(function (f) { return f.start < viewEnd && f.end > viewStart; }).length;
        }
        return s;
    }

    function state() {
        const frame = browser.referenceFrameList[0];
        const tracks = browser.trackViews
            .filter(function (tv) { return tv.track && tv.track.type !== 'ruler' && tv.track.type !== 'sequence' && tv.track.id !== 'ideogram'; })
            .map(function (tv) { return trackState(tv, frame); });
        return {igvVersion: igv.version(), locus: locusOf(browser), tracks: tracks};
    }

    function canonicalChrom(chrom) {
        const genome = browser.genome;
        return genome && typeof genome.getChromosomeName === 'function' ? genome.getChromosomeName(chrom) : chrom;
    }

    /**
     * Moves the single view to chr:start-end on the contig already shown, the way igv.js zooms and pans (the
     * reference frame is changed and the tracks redrawn). browser.search() instead rebuilds every viewport's
     * DOM and drops every track's loaded data, which costs hundreds of milliseconds per jump in WebView.
     * Returns false when the fast path does not apply (another contig, several loci, a gene name...).
     */
    async function moveWithinContig(target) {
        const m = /^\s*([^\s:]+):([0-9,]+)-([0-9,]+)\s*$/.exec(target);
        if (!m || browser.referenceFrameList.length !== 1) {
            return false;
        }
        const frame = browser.referenceFrameList[0];
        const chromosome = await browser.genome.loadChromosome(m[1]);
        if (!chromosome) {
            return false;
        }
        let start = parseInt(m[2].replace(/,/g, ''), 10) - 1;
        let end = parseInt(m[3].replace(/,/g, ''), 10);
        if (!(end > start)) {
            return false;
        }
        // exactly as igv.js's validateGenomicExtent, so both paths show the same window
        const length = chromosome.bpLength;
        const minimum = browser.minimumBases();
        if (end - start < minimum) {
            const centre = (end + start) / 2;
            if (centre - minimum / 2 < 0) {
                start = 0;
                end = minimum;
            } else if (centre + minimum / 2 > length) {
                end = length;
                start = end - minimum;
            } else {
                start = centre - minimum / 2;
                end = start + minimum;
            }
        }
        start = Math.ceil(start);
        end = Math.floor(end);
        const width = browser.calculateViewportWidth(1);
        frame.chr = chromosome.name;
        frame.start = start;
        frame.bpPerPixel = (end - start) / width;
        frame.end = start + frame.bpPerPixel * width;
        await browser.updateViews();
        return true;
    }

    const commands = {
        goto: async function (arg) {
            if (!await moveWithinContig(arg.locus)) {
                const found = await browser.search(arg.locus);
                if (!found) {
                    throw new Error('Locus not found: ' + arg.locus);
                }
            }
            return locusOf(browser);
        },
        selectVariant: async function (arg) {
            browser.clearROIs();
            const start = arg.pos - 1;
            await browser.loadROI([{
                name: 'Selected variant',
                color: 'rgba(255, 152, 0, 0.22)',
                features: [{chr: canonicalChrom(arg.chrom), start: start, end: start + Math.max(1, arg.ref.length)}]
            }]);
            return commands.goto(arg);
        },
        clearSelection: async function () {
            browser.clearROIs();
            return '';
        },
        loadTrack: async function (arg) {
            const config = arg.config;
            if (config.type === 'annotation' && defaultRender && config.format !== 'snp') {
                config.render = guarded(defaultRender, function () { return config.name; });
            }
            const track = await browser.loadTrack(config);
            guardAllTracks(browser);
            return track && track.name ? track.name : config.name;
        },
        unloadTrack: async function (arg) {
            const n = browser.findTracks(function (t) { return t.name === arg.name; }).length;
            browser.removeTrackByName(arg.name);
            return String(n);
        },
        locate: async function (arg) {
            // Where POS is drawn in a track, in page pixels: for a variant track the mark of the record at POS
            // in the site band, for an alignment track its coverage bar, else the top of the track.
            const tv = browser.trackViews.find(function (t) { return t.track && t.track.name === arg.track; });
            if (!tv) {
                throw new Error('no track named ' + arg.track);
            }
            const track = tv.track;
            const viewport = tv.viewports[0];
            const frame = viewport.referenceFrame;
            const rect = viewport.viewportElement.getBoundingClientRect();
            let start = arg.pos - 1;
            let end = arg.pos;
            let y = rect.top + 5;
            if (track.type === 'variant') {
                const v = (viewport.cachedFeatures || []).find(function (f) { return (f._f || f).pos === arg.pos; });
                if (!v) {
                    return '';
                }
                start = v.start;
                end = v.end;
                const row = track.displayMode === 'COLLAPSED' ? 0 : (v.row || 0);
                y = rect.top + viewport.getContentTop() + 10 + row * (track.expandedVariantHeight + track.expandedVGap)
                    + track.expandedVariantHeight / 2;
            } else if (track.type === 'alignment') {
                y = rect.top + viewport.getContentTop() + track.coverageTrackHeight / 2;
            }
            if (end < frame.start || start > frame.end) {
                return '';
            }
            const x = rect.left + ((start + end) / 2 - frame.start) / frame.bpPerPixel;
            return JSON.stringify({x: x, y: y});
        },
        svg: async function () {
            return browser.toSVG();
        },
        state: async function () {
            return JSON.stringify(state());
        }
    };

    window.zenome = {
        attach: function (javaObject) {
            java = javaObject;
            const pending = backlog.splice(0, backlog.length);
            pending.forEach(toJava);
        },

        start: function (configJson) {
            const mine = ++generation;
            lastLocus = null;
            const config = JSON.parse(configJson);
            // igv.js's BLAT menu items would post sequence to a web service; point them at this origin (404)
            config.blatServerURL = new URL('blat-disabled', location.href).href;
            if (browser) {
                igv.removeAllBrowsers();
                browser = null;
            }
            const host = document.getElementById('igv-host');
            while (host.firstChild) {
                host.removeChild(host.firstChild);
            }
            // Open on the whole first contig, guard the renderers, then go to the requested locus (see guardRender).
            const initialLocus = config.locus;
            delete config.locus;
            igv.createBrowser(host, config).then(async function (b) {
                if (mine !== generation) {
                    igv.removeBrowser(b);
                    return;
                }
                guardAllTracks(b);
                if (initialLocus) {
                    try {
                        if (!await b.search(initialLocus)) {
                            console.warn('Initial locus not found: ' + initialLocus);
                        }
                    } catch (e) {
                        toJava(function (j) { j.failure('Could not show ' + initialLocus + ': ' + describe(e)); });
                    }
                }
                if (mine !== generation) {
                    igv.removeBrowser(b);
                    return;
                }
                browser = b;
                wire(b, mine);
                lastLocus = locusOf(b);
                toJava(function (j) { j.ready(igv.version()); });
                const locus = lastLocus;
                toJava(function (j) { j.locusChanged(locus); });
            }).catch(function (error) {
                if (mine === generation) {
                    toJava(function (j) { j.startFailed(describe(error)); });
                }
            });
        },

        stop: function () {
            generation++;
            if (browser) {
                igv.removeAllBrowsers();
                browser = null;
            }
        },

        run: function (id, name, argJson) {
            const command = commands[name];
            Promise.resolve().then(function () {
                if (!command) {
                    throw new Error('unknown command ' + name);
                }
                if (!browser) {
                    throw new Error('the browser is not ready');
                }
                return command(JSON.parse(argJson));
            }).then(function (result) {
                const text = result === undefined || result === null ? '' : String(result);
                toJava(function (j) { j.done(String(id), text); });
            }, function (error) {
                toJava(function (j) { j.failed(String(id), describe(error)); });
            });
        }
    };
}());
