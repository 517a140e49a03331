package benchling

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// The transfer helpers of Files, Data Frames and Exports: their bytes
// move through pre-signed URLs (see presigned.go), never with Benchling
// credentials.

// sseHeader is the header Benchling's uploads to its storage need: the
// bucket uses server-side encryption.
var sseHeader = http.Header{"X-Amz-Server-Side-Encryption": {"AES256"}}

// readerSize returns the number of bytes r has left, if r tells (a
// *bytes.Reader, *bytes.Buffer or *strings.Reader by Len, an *os.File or
// other io.Seeker by seeking), or -1.
func readerSize(r io.Reader) int64 {
	switch v := r.(type) {
	case interface{ Len() int }:
		return int64(v.Len())
	case io.Seeker:
		cur, err := v.Seek(0, io.SeekCurrent)
		if err != nil {
			return -1
		}
		end, err := v.Seek(0, io.SeekEnd)
		if err != nil {
			return -1
		}
		if _, err := v.Seek(cur, io.SeekStart); err != nil {
			return -1
		}
		return end - cur
	}
	return -1
}

// uploadSize checks the size of an upload: cloud storage needs it before
// the first byte (Content-Length; no chunked uploads).
func uploadSize(what string, r io.Reader, size int64) (int64, error) {
	if r == nil {
		return 0, fmt.Errorf("benchling: %s: the reader is nil", what)
	}
	if size < 0 {
		size = readerSize(r)
	}
	if size < 0 {
		return 0, fmt.Errorf("benchling: %s: the content's size is needed (cloud storage takes no upload of unknown length): pass it, or a reader that tells it (an *os.File, a *bytes.Reader)", what)
	}
	return size, nil
}

// Upload creates the file body describes (its Filename's extension must
// be one Benchling supports), PUTs size bytes of r to its pre-signed URL
// (without Benchling credentials, with the server-side-encryption header
// Benchling's storage requires), marks it SUCCEEDED and returns it. size may be -1 when r tells its size (an
// *os.File, a *bytes.Reader, a *strings.Reader). The bytes are streamed,
// not buffered; the PUT is retried only if r is an io.Seeker. Files are
// limited to 30 MB.
//
// If the upload or the marking fails after the file was created, the
// error says so and names the file (still NOT_UPLOADED); Update can mark
// it later.
func (s *FilesService) Upload(ctx context.Context, body *FileCreate, r io.Reader, size int64) (*File, error) {
	if err := s.c().ready(); err != nil {
		return nil, err
	}
	size, err := uploadSize("Files.Upload", r, size)
	if err != nil {
		return nil, err
	}
	f, resp, err := s.Create(ctx, body)
	if err != nil {
		return nil, err
	}
	u := resp.Header.Get("Content-Location")
	if u == "" {
		return nil, &DecodeError{StatusCode: resp.StatusCode, Method: http.MethodPost, Path: "/files",
			Err: fmt.Errorf("file %s was created, but the response has no Content-Location (upload URL)", f.ID)}
	}
	if err := s.c().storagePut(ctx, u, r, size, sseHeader); err != nil {
		return nil, fmt.Errorf("benchling: file %s was created, but uploading its content failed: %w", f.ID, err)
	}
	done, _, err := s.Update(ctx, f.ID, &FileUpdate{UploadStatus: FileUploadStatusSucceeded})
	if err != nil {
		return nil, fmt.Errorf("benchling: file %s was uploaded, but marking it SUCCEEDED failed: %w", f.ID, err)
	}
	return done, nil
}

// Download streams the content of file id into w, from the download URL
// Get's response carries, and returns the number of bytes written. A
// file that is not SUCCEEDED has no content (an error saying so).
func (s *FilesService) Download(ctx context.Context, id string, w io.Writer) (int64, error) {
	if err := s.c().ready(); err != nil {
		return 0, err
	}
	if w == nil {
		return 0, errors.New("benchling: Files.Download: the writer is nil")
	}
	f, resp, err := s.Get(ctx, id)
	if err != nil {
		return 0, err
	}
	u := resp.Header.Get("Content-Location")
	if u == "" {
		return 0, fmt.Errorf("benchling: file %s has no content to download (it is %s)", id, f.UploadStatus)
	}
	return s.c().storageGet(ctx, u, w, 0)
}

// Upload makes a data frame from a CSV in the one flow Benchling defines:
// it creates the data frame named name with one file, fileName (a .csv
// name), PUTs size bytes of csv to the pre-signed URL the response gives
// (the raw bytes, streamed, as the request body: not a multipart form;
// without Benchling credentials; with the server-side-encryption header
// Benchling's storage requires), marks the data frame IN_PROGRESS, waits
// for the task that validates it, and returns the data frame, SUCCEEDED.
// size may be -1 when csv tells its size (an *os.File, a *bytes.Reader, a
// *strings.Reader). CSVs of up to 150 MB are supported; the PUT is
// retried only if csv is an io.Seeker.
//
// A CSV Benchling rejects is a *TaskError (matching ErrTaskFailed) with
// Benchling's message. Errors after the data frame was created name it.
func (s *DataFramesService) Upload(ctx context.Context, name, fileName string, csv io.Reader, size int64) (*DataFrame, error) {
	if err := s.c().ready(); err != nil {
		return nil, err
	}
	size, err := uploadSize("DataFrames.Upload", csv, size)
	if err != nil {
		return nil, err
	}
	df, _, err := s.Create(ctx, &DataFrameCreate{Name: name, Manifest: []DataFrameCreateManifestManifest{{FileName: fileName}}})
	if err != nil {
		return nil, err
	}
	if len(df.Manifest) != 1 || df.Manifest[0].URL == nil {
		return nil, &DecodeError{StatusCode: http.StatusOK, Method: http.MethodPost, Path: "/data-frames",
			Err: fmt.Errorf("data frame %s was created, but its manifest holds no upload URL", df.ID)}
	}
	if err := s.c().storagePut(ctx, *df.Manifest[0].URL, csv, size, sseHeader); err != nil {
		return nil, fmt.Errorf("benchling: data frame %s was created, but uploading its CSV failed: %w", df.ID, err)
	}
	link, _, err := s.Update(ctx, df.ID, &DataFrameUpdate{UploadStatus: FileUploadStatusInProgress})
	if err != nil {
		return nil, fmt.Errorf("benchling: data frame %s was uploaded, but marking it IN_PROGRESS failed: %w", df.ID, err)
	}
	done, err := link.Wait(ctx)
	if err != nil {
		return nil, err
	}
	if done.UploadStatus == FileUploadStatusFailedValidation {
		msg := "no message"
		if done.ErrorMessage != nil {
			msg = *done.ErrorMessage
		}
		return done, fmt.Errorf("benchling: data frame %s failed validation: %s", df.ID, msg)
	}
	return done, nil
}

// Download streams the files of data frame id, SUCCEEDED, in format
// (DataFrameRowDataFormatCSV, or "" for the server's default, CSV; or
// DataFrameRowDataFormatParquet), each to the writer open returns for it,
// in manifest order, and returns the data frame. A writer that is also an
// io.Closer is closed once its file is written (and its Close error
// reported). A data frame that is not SUCCEEDED has no files to download
// (an error saying so).
func (s *DataFramesService) Download(ctx context.Context, id string, format DataFrameRowDataFormat, open func(file DataFrameManifestManifest) (io.Writer, error)) (*DataFrame, error) {
	if err := s.c().ready(); err != nil {
		return nil, err
	}
	if open == nil {
		return nil, errors.New("benchling: DataFrames.Download: open is nil")
	}
	var opts *DataFrameGetOptions
	if format != "" {
		opts = &DataFrameGetOptions{RowDataFormat: format}
	}
	df, _, err := s.Get(ctx, id, opts)
	if err != nil {
		return nil, err
	}
	if df.UploadStatus != FileUploadStatusSucceeded {
		return df, fmt.Errorf("benchling: data frame %s is %s: it has no files to download", id, df.UploadStatus)
	}
	for _, f := range df.Manifest {
		if f.URL == nil {
			return df, fmt.Errorf("benchling: data frame %s: file %s has no download URL", id, f.FileName)
		}
		w, err := open(f)
		if err != nil {
			return df, fmt.Errorf("benchling: data frame %s: opening a writer for %s: %w", id, f.FileName, err)
		}
		_, err = s.c().storageGet(ctx, *f.URL, w, 0)
		if c, ok := w.(io.Closer); ok {
			if cerr := c.Close(); err == nil && cerr != nil {
				err = fmt.Errorf("benchling: data frame %s: closing the writer of %s: %w", id, f.FileName, cerr)
			}
		}
		if err != nil {
			return df, err
		}
	}
	return df, nil
}

// Download exports the item body names (Create), waits for the export
// task, and streams the ZIP it produced into w (from its pre-signed URL,
// without Benchling credentials); it returns the number of bytes written.
// The ZIP holds the item in body.Format (PDF unless HTML is asked for).
// Errors are Create's, the task's (*TaskError, *TaskWaitError) and the
// download's.
func (s *ExportsService) Download(ctx context.Context, body *ExportItemRequest, w io.Writer) (int64, error) {
	if err := s.c().ready(); err != nil {
		return 0, err
	}
	if w == nil {
		return 0, errors.New("benchling: Exports.Download: the writer is nil")
	}
	link, _, err := s.Create(ctx, body)
	if err != nil {
		return 0, err
	}
	res, err := link.Wait(ctx)
	if err != nil {
		return 0, err
	}
	if strings.TrimSpace(res.DownloadURL) == "" {
		return 0, fmt.Errorf("benchling: export task %s succeeded without a downloadURL", link.TaskID)
	}
	return s.c().storageGet(ctx, res.DownloadURL, w, 0)
}
