package web

import (
	"time"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	"golang.org/x/time/rate"

	"hocviet/internal/account"
)

// routes lists every route and who may use it. Anything not under a role
// group is public.
func (s *Server) routes(e *echo.Echo) {
	e.GET("/healthz", s.health)
	e.GET("/static/*", s.static)

	// Public pages sit behind a per-address rate limit, sized so that a room
	// of 200 behind one router can all open the login page and sign in at
	// once (3 requests each); password guessing is limited per account and
	// address in the database (login_throttle.go). Middleware is given
	// per route: an Echo group with prefix "" would also catch every unknown
	// path and answer 401 instead of 404.
	limit := middleware.RateLimiterWithConfig(middleware.RateLimiterConfig{
		Store: middleware.NewRateLimiterMemoryStoreWithConfig(middleware.RateLimiterMemoryStoreConfig{
			Rate: rate.Limit(50), Burst: 600, ExpiresIn: 3 * time.Minute}),
		DenyHandler: func(c echo.Context, _ string, _ error) error { return echo.ErrTooManyRequests },
	})
	e.GET("/", s.root, limit)
	e.GET("/login", s.loginForm, limit)
	e.POST("/login", s.login, limit)

	// Any signed-in user.
	anyone := s.requireRole(account.Roles...)
	e.POST("/logout", s.logout, anyone)
	e.POST("/prefs/ime", s.setIME, anyone)

	candidate := e.Group("/candidate", s.requireRole(account.RoleCandidate))
	instructor := e.Group("/instructor", s.requireRole(account.RoleInstructor))
	board := e.Group("/board", s.requireRole(account.RoleBoard))
	admin := e.Group("/admin", s.requireRole(account.RoleAdmin))
	candidate.GET("", s.candidateHome)
	instructor.GET("", s.instructorHome)
	board.GET("", s.boardHome)
	admin.GET("", s.adminHome)

	// Each part of the product keeps its routes in its own block below, so
	// this file still shows every route and the role that may use it.

	// Question banks (instructor editor, media).
	upload := middleware.BodyLimit(bankUploadLimit)
	instructor.GET("/items", s.bankItems)
	instructor.GET("/items/new", s.bankNew)
	instructor.POST("/items/new", s.bankCreate, upload)
	instructor.GET("/items/:id", s.bankItem)
	instructor.POST("/items/:id/check", s.bankCheck)
	instructor.GET("/items/:id/edit", s.bankEdit)
	instructor.POST("/items/:id/edit", s.bankSave, upload)
	instructor.GET("/items/:id/history", s.bankHistory)
	instructor.GET("/items/:id/diff", s.bankDiffPage)
	instructor.GET("/items/:id/yaml", s.bankYAML)
	e.POST(bankMediaPath, s.bankUpload, s.requireRole(account.RoleInstructor), upload)

	// Practice (candidate), practice activity and comments (instructor).
	e.GET("/media/:sha256", s.media, anyone, s.noExamRunning) // exam audio only through the play limit
	// Practice is closed while an exam attempt runs (noExamRunning).
	candidate.GET("/practice", s.practiceChooser, s.noExamRunning)
	candidate.POST("/practice", s.practiceStart, s.noExamRunning)
	candidate.GET("/practice/:set", s.practiceSet, s.noExamRunning)
	candidate.GET("/practice/:set/:pos", s.practiceItem, s.noExamRunning)
	candidate.POST("/practice/:set/:pos", s.practiceAnswer, s.noExamRunning)
	candidate.GET("/recordings/:id", s.practiceRecordingAudio)
	candidate.GET("/progress", s.progress)
	candidate.GET("/vocab", s.vocabHome)
	candidate.GET("/vocab/review", s.vocabCard)
	candidate.POST("/vocab/review", s.vocabRate)
	practiceAPI := s.requireRole(account.RoleCandidate)
	e.POST("/api/candidate/practice/:set/:pos/draft", s.practiceDraft, practiceAPI, s.noExamRunning)
	e.POST("/api/candidate/practice/:set/:pos/recording", s.practiceRecording, practiceAPI, s.noExamRunning)
	instructor.GET("/practice", s.practiceClasses)
	instructor.GET("/practice/answers/:id", s.practiceReview)
	instructor.POST("/practice/answers/:id/comments", s.practiceComment)
	instructor.GET("/practice/recordings/:id", s.practiceRecordingForInstructor)

	// Adaptive placement test (candidate); closed during an exam attempt like
	// practice, since it shows bank items.
	candidate.GET("/placement", s.placementIntro, s.noExamRunning)
	candidate.POST("/placement", s.placementStart, s.noExamRunning)
	candidate.GET("/placement/:id", s.placementTest, s.noExamRunning)
	candidate.POST("/placement/:id/answer", s.placementAnswer, s.noExamRunning)

	// Screening exam: delivery (candidate), sessions, grading, release (instructor).
	cand := s.requireRole(account.RoleCandidate)
	candidate.GET("/exams", s.examList)
	// At the bell: pages built at once are bounded, and wait for the starts (exam_gate.go).
	candidate.POST("/exams/:session/start", s.examStart, s.examPages.start)
	candidate.GET("/exams/attempts/:id", s.examTake, s.examPages.page)
	candidate.GET("/exams/attempts/:id/result", s.examResult)
	candidate.GET("/exams/attempts/:id/image/:pos", s.examImage)
	e.GET("/api/exam/attempts/:id/state", s.examState, cand)
	e.POST("/api/exam/attempts/:id/answers", s.examSave, cand)
	e.POST("/api/exam/attempts/:id/sections/:idx/finish", s.examFinishSection, cand)
	e.POST("/api/exam/attempts/:id/audio/:pos/play", s.examPlay, cand)
	e.GET("/api/exam/attempts/:id/audio/:pos/:play", s.examAudio, cand)
	e.POST("/api/exam/attempts/:id/recordings/:pos/takes", s.examTake1, cand)
	e.PUT(examRecordingPath, s.examUpload, cand, middleware.BodyLimit("21M"))
	e.GET("/api/exam/attempts/:id/recordings/:pos", s.examRecording, cand)
	// Exam delivery: review flags for the navigator (issue 17.2).
	e.POST("/api/exam/attempts/:id/flags/:pos", s.examFlag, cand)
	instructor.GET("/exams", s.examSessions)
	instructor.POST("/exams", s.examSchedule)
	instructor.GET("/exams/:id", s.examSession)
	instructor.POST("/exams/:id/release", s.examRelease)
	instructor.POST("/exams/attempts/:attempt/extend", s.examExtend)
	instructor.GET("/exams/attempts/:attempt/log", s.examLog)
	instructor.GET("/exams/regrade", s.examRegradePreview)
	instructor.POST("/exams/regrade", s.examRegradeApply)
	// Measurement (issue 14): a session's item statistics, reliability,
	// rater agreement and Wright maps, and their export.
	instructor.GET("/exams/:id/stats", s.examStats)
	instructor.GET("/exams/:id/stats/export", s.examStatsExport)
	instructor.GET("/grading", s.gradingQueue)
	instructor.POST("/grading/claim", s.gradingClaim)
	instructor.GET("/grading/ratings/:id", s.gradingRate)
	instructor.POST("/grading/ratings/:id", s.gradingSubmit)
	instructor.POST("/grading/ratings/:id/give-back", s.gradingGiveBack)
	instructor.GET("/grading/ratings/:id/audio", s.gradingAudio)

	// Readiness and eligibility (board), class view (instructor).
	board.GET("/candidates/export", s.boardCandidatesExport)
	board.GET("/candidates/:id", s.boardReport)
	board.GET("/candidates/:id/edit", s.boardCandidateEdit)
	board.POST("/candidates/:id/edit", s.boardCandidateSave)
	board.GET("/import", s.boardImportForm)
	board.POST("/import", s.boardImport)
	// ui2 (issue 17.17): import templates with translated headers.
	board.GET("/import/template", s.boardImportTemplate)
	// ui2 (issue 17.23): the Lao review of the banks.
	instructor.GET("/review/lao", s.laoReview)
	instructor.POST("/review/lao/glosses/:id", s.laoReviewGloss)
	instructor.POST("/review/lao/items/:id", s.laoReviewExplanation)
	board.GET("/programmes", s.boardProgrammes)
	board.GET("/programmes/:code", s.boardCriteria)
	board.POST("/programmes/:code", s.boardCriteriaSave)
	board.GET("/eligibility", s.boardEligibility)
	board.GET("/eligibility/export", s.boardEligibilityExport)
	board.POST("/eligibility/record", s.boardEligibilityRecord)
	board.GET("/plan", s.boardPlan)
	board.POST("/plan", s.boardPlanSave)
	board.GET("/plan/export", s.boardPlanExport)
	board.GET("/graduates", s.boardGraduates)
	board.GET("/graduates/export", s.boardGraduatesExport)
	board.GET("/graduates/new", s.boardGraduateNew)
	board.POST("/graduates/new", s.boardGraduateSave)
	board.GET("/graduates/:id", s.boardGraduateEdit)
	board.POST("/graduates/:id", s.boardGraduateSave)
	e.GET("/api/board/eligibility", s.apiBoardEligibility, s.requireRole(account.RoleBoard))
	instructor.GET("/classes", s.instructorClasses)
	instructor.GET("/classes/:id", s.instructorClass)
	instructor.GET("/classes/:id/export", s.instructorClassExport)

	// Accounts (issues 15 and 17): first login with an activation code, own
	// password, the admin's accounts and backups, the board's resets.
	e.POST("/login/activate", s.activate, limit)
	e.GET("/account/password", s.passwordPage, anyone)
	e.POST("/account/password", s.passwordChange, anyone)
	admin.POST("/users", s.adminCreate)
	admin.POST("/users/:id/reset", s.adminReset)
	admin.POST("/users/:id/disabled", s.adminSetDisabled)
	admin.POST("/backups", s.adminBackup)
	admin.GET("/backups/:name", s.adminBackupDownload)
	board.POST("/candidates/:id/reset", s.boardCandidateReset)
}
