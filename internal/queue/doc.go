// Package queue carries articles from readers to pipeline workers through
// NATS JetStream, for the distributed mode. Delivery is at least once: a
// reader publishes each article with its id as the message id, so that the
// stream drops a re-publish; a worker acknowledges a batch only after the
// store committed it, and the store's idempotent Save makes a redelivered
// article change nothing. A message that keeps failing goes to the
// dead-letter subject instead of blocking the stream. The package also runs
// an embedded NATS server with JetStream, for development and tests.
package queue
