<?php
// WordPress's own kses, outside WordPress: reads HTML on stdin and prints wp_kses_post() of it, as
// WordPress filters a post by a user without unfiltered_html (an author, a contributor, a hosted
// plan). The WordPress tree is Debian's `wordpress` package (WORDPRESS_DIR overrides it).
$wordpress = getenv('WORDPRESS_DIR') ?: '/usr/share/wordpress';
define('ABSPATH', rtrim($wordpress, '/') . '/');
define('WPINC', 'wp-includes');
// The hooks API (apply_filters and friends), WordPress's own, with no filter added: a default site.
require ABSPATH . WPINC . '/plugin.php';
require ABSPATH . WPINC . '/kses.php';
// The one other function kses calls, from wp-includes/functions.php, which needs all of WordPress
// to load: the same list of protocols, unfiltered.
function wp_allowed_protocols() {
	return array( 'http', 'https', 'ftp', 'ftps', 'mailto', 'news', 'irc', 'irc6', 'ircs', 'gopher', 'nntp', 'feed', 'telnet', 'mms', 'rtsp', 'sms', 'svn', 'tel', 'fax', 'xmpp', 'webcal', 'urn' );
}
echo wp_kses_post(stream_get_contents(STDIN));
