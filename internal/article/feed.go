package article

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/mmcdole/gofeed"
)

// feedShortText is the length under which, with Options.FetchLinks, a feed
// item's own text is taken for a teaser and its linked page is fetched.
const feedShortText = 600

// ReadFeed reads an RSS, Atom or JSON Feed document and calls fn with one
// Article for each item: its title, date (published, else updated), link,
// the feed's title as Source and the feed's language, and as Text the item's
// content (else its description) with HTML stripped and Clean applied; an
// item with neither gives its title as Text. With opt.FetchLinks an item
// whose text is short has its linked page fetched (up to four at a time),
// and the page's main text is used when it is longer; a failed fetch is a
// warning and the item keeps its own text. The id is NewID of the item's link (else of its GUID
// when that is a URL, else of "guid:" and the GUID), so that it stays the
// same when the item's text is edited.
//
// A document that is not a feed, or larger than opt.MaxBytes, is reported
// to onProblem; so is an item without any text. ReadFeed returns an error
// only when ctx is cancelled or fn returns one.
func ReadFeed(ctx context.Context, r io.Reader, name string, opt Options, fn func(Article) error, onProblem func(Problem)) error {
	limit := opt.maxBytes()
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		onProblem(Problem{File: name, Err: fmt.Errorf("read: %w", err), Skipped: true})
		return ctx.Err()
	}
	if int64(len(data)) > limit {
		onProblem(Problem{File: name, Err: fmt.Errorf("%w: feed larger than %d bytes", ErrTooLarge, limit), Skipped: true})
		return nil
	}
	if len(bytes.TrimSpace(data)) == 0 {
		onProblem(Problem{File: name, Err: ErrEmpty, Skipped: true})
		return nil
	}
	feed, err := feedParse(data)
	if err != nil {
		onProblem(Problem{File: name, Err: fmt.Errorf("not a feed: %w", err), Skipped: true})
		return nil
	}
	source := feedPlain(feed.Title)
	lang := feedPlain(feed.Language)
	items := make([]feedItem, 0, len(feed.Items))
	for i, item := range feed.Items {
		if item != nil {
			items = append(items, newFeedItem(item, i, name, source, lang))
		}
	}
	// Items are handled in windows: the linked pages of one window are
	// fetched at the same time, then its articles are passed on in order.
	for len(items) > 0 {
		window := items[:min(feedFetchers, len(items))]
		items = items[len(window):]
		if opt.FetchLinks {
			feedFetchPages(ctx, window, opt)
		}
		for _, it := range window {
			if err := ctx.Err(); err != nil {
				return err
			}
			a, ok := it.article(name, onProblem)
			if !ok {
				continue
			}
			if err := fn(a); err != nil {
				return err
			}
		}
	}
	return ctx.Err()
}

// feedFetchers is how many linked pages of a feed are fetched at once.
const feedFetchers = 4

// feedItem is a feed item on its way to becoming an Article.
type feedItem struct {
	a Article // Text is the item's own text
	// index is the item's position in the feed, from 0.
	index int
	guid  string
	// page and pageErr are the linked page, when fetched.
	page    *Article
	pageErr error
}

// newFeedItem reads what the feed itself says of an item.
func newFeedItem(item *gofeed.Item, i int, name, source, lang string) feedItem {
	text := Clean(htmlToText(item.Content))
	if desc := Clean(htmlToText(item.Description)); len(desc) > len(text) {
		text = desc
	}
	link := strings.TrimSpace(item.Link)
	if link == "" && len(item.Links) > 0 {
		link = strings.TrimSpace(item.Links[0])
	}
	guid := strings.TrimSpace(item.GUID)
	if link == "" && feedIsHTTP(guid) {
		link = guid
	}
	a := Article{Title: feedPlain(item.Title), Text: text, URL: link, Source: source, Language: lang,
		Origin: fmt.Sprintf("%s#%d", name, i+1)}
	switch {
	case item.PublishedParsed != nil:
		a.Date = item.PublishedParsed.Format(time.DateOnly)
	case item.UpdatedParsed != nil:
		a.Date = item.UpdatedParsed.Format(time.DateOnly)
	}
	return feedItem{a: a, index: i, guid: guid}
}

// wantsPage says whether the item's text is short enough that its linked
// page may hold more.
func (it *feedItem) wantsPage() bool {
	return len(it.a.Text) < feedShortText && feedIsHTTP(it.a.URL)
}

// feedFetchPages fetches the linked pages of the items that want one, all
// at once, and returns when every fetch has ended.
func feedFetchPages(ctx context.Context, items []feedItem, opt Options) {
	var wg sync.WaitGroup
	for i := range items {
		it := &items[i]
		if !it.wantsPage() {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			page, err := fetchPage(ctx, it.a.URL, opt)
			if err != nil {
				it.pageErr = err
				return
			}
			it.page = &page
		}()
	}
	wg.Wait()
}

// article makes the item's Article: the linked page's text when it was
// fetched and is longer, else the item's own text, else its title.
func (it *feedItem) article(name string, onProblem func(Problem)) (Article, bool) {
	a := it.a
	switch {
	case it.pageErr != nil:
		onProblem(Problem{File: a.URL, Err: fmt.Errorf("fetch linked page of %s: %w", a.Origin, it.pageErr)})
	case it.page != nil && len(it.page.Text) > len(a.Text):
		a.Text = it.page.Text
		if a.Date == "" {
			a.Date = it.page.Date
		}
		if a.Title == "" {
			a.Title = it.page.Title
		}
	}
	if a.Text == "" {
		a.Text = a.Title
	}
	if a.Text == "" {
		onProblem(Problem{File: name, Err: fmt.Errorf("item %d: %w", it.index+1, ErrNoText), Skipped: true})
		return Article{}, false
	}
	idKey := a.URL
	if idKey == "" && it.guid != "" {
		idKey = "guid:" + it.guid
	}
	a.ID = NewID(idKey, a.Text)
	return a, true
}

// feedParse parses data as RSS, Atom or JSON Feed, turning a panic in the
// parser on hostile input into an error.
func feedParse(data []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			feed, err = nil, fmt.Errorf("feed parser failed: %v", r)
		}
	}()
	return gofeed.NewParser().Parse(bytes.NewReader(data))
}

// feedIsHTTP reports whether s is an http(s) URL.
func feedIsHTTP(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// feedPlain makes a one-line plain text of a title that may hold markup.
func feedPlain(s string) string {
	return strings.ToValidUTF8(strings.Join(strings.Fields(htmlToText(s)), " "), "\uFFFD")
}
