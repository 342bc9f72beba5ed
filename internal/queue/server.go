package queue

import (
	"fmt"
	"net"
	"net/url"
	"strconv"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// ServerOptions configures an embedded NATS server.
type ServerOptions struct {
	// Addr is where clients connect, HOST:PORT; port 0 picks a free one.
	Addr string
	// Dir is where JetStream keeps its streams.
	Dir string
	// Name names the server; required in a cluster.
	Name string
	// Cluster is the cluster's name; ClusterAddr where this server listens
	// for routes from the others (HOST:PORT); Routes the others' route
	// addresses. Empty for a single server.
	Cluster     string
	ClusterAddr string
	Routes      []string
}

// Server is an embedded NATS server with JetStream.
type Server struct {
	ns *server.Server
}

// StartServer starts a NATS server with JetStream and waits until it
// accepts connections.
func StartServer(o ServerOptions) (*Server, error) {
	host, port, err := splitAddr(o.Addr)
	if err != nil {
		return nil, fmt.Errorf("queue: server address: %w", err)
	}
	if o.Dir == "" {
		return nil, fmt.Errorf("queue: server: no JetStream directory given")
	}
	if port == 0 {
		port = server.RANDOM_PORT
	}
	opts := &server.Options{
		ServerName: o.Name,
		Host:       host,
		Port:       port,
		JetStream:  true,
		StoreDir:   o.Dir,
		NoSigs:     true,
		NoLog:      true,
	}
	if o.Cluster != "" {
		ch, cp, err := splitAddr(o.ClusterAddr)
		if err != nil {
			return nil, fmt.Errorf("queue: cluster address: %w", err)
		}
		if cp == 0 {
			cp = server.RANDOM_PORT
		}
		opts.Cluster = server.ClusterOpts{Name: o.Cluster, Host: ch, Port: cp}
		for _, r := range o.Routes {
			u, err := url.Parse("nats://" + r)
			if err != nil {
				return nil, fmt.Errorf("queue: route %s: %w", r, err)
			}
			opts.Routes = append(opts.Routes, u)
		}
	}
	ns, err := server.NewServer(opts)
	if err != nil {
		return nil, fmt.Errorf("queue: server: %w", err)
	}
	go ns.Start()
	if !ns.ReadyForConnections(30 * time.Second) {
		ns.Shutdown()
		return nil, fmt.Errorf("queue: server on %s did not start", o.Addr)
	}
	return &Server{ns: ns}, nil
}

// URL is the nats:// URL clients connect to.
func (s *Server) URL() string { return s.ns.ClientURL() }

// Shutdown stops the server and waits for it.
func (s *Server) Shutdown() {
	s.ns.Shutdown()
	s.ns.WaitForShutdown()
}

// WaitForShutdown blocks until the server stops.
func (s *Server) WaitForShutdown() { s.ns.WaitForShutdown() }

func splitAddr(addr string) (string, int, error) {
	host, p, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, err
	}
	port, err := strconv.Atoi(p)
	if err != nil || port < 0 || port > 65535 {
		return "", 0, fmt.Errorf("port %q: want a number from 0 to 65535", p)
	}
	return host, port, nil
}
